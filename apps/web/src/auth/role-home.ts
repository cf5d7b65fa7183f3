// One rule for server and web: the server redirects there after an OIDC login, the web app after a demo login.
export { type RoleHomePath, roleHomePath } from '@een-plan/contracts';
