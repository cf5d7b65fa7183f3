/*
 * Only the NL Design System (Utrecht, EUPL-1.2) component CSS the app uses, not the whole library.
 * A component that starts to be used gets its package in apps/web/package.json and a line here.
 * Imported from a module, not with CSS @import, so each file's @charset stays at its top.
 */
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/body-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/button-group-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/nav-bar-css/dist/index.css';
import '@utrecht/nav-list-css/dist/index.css';
import '@utrecht/page-body-css/dist/index.css';
import '@utrecht/page-content-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/page-layout-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/root-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/status-badge-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
