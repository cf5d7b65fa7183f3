-- Life domains of the kitchen-table conversation (ZRM-style), shared by all tenants.
INSERT INTO ref_life_domain (code, name_nl, name_en) VALUES
  ('finances', 'Financiën', 'Finances'),
  ('work_education', 'Werk en opleiding', 'Work and education'),
  ('daytime_activities', 'Dagbesteding', 'Daytime activities'),
  ('housing', 'Huisvesting', 'Housing'),
  ('family_relations', 'Gezinsrelaties', 'Family relations'),
  ('mental_health', 'Geestelijke gezondheid', 'Mental health'),
  ('physical_health', 'Lichamelijke gezondheid', 'Physical health'),
  ('addiction', 'Verslaving', 'Addiction'),
  ('daily_living', 'Algemene dagelijkse levensverrichtingen', 'Daily living skills'),
  ('social_network', 'Sociaal netwerk', 'Social network'),
  ('participation', 'Maatschappelijke participatie', 'Participation'),
  ('justice', 'Justitie', 'Justice'),
  ('parenting_development', 'Opvoeding en ontwikkeling van het kind', 'Parenting and child development')
ON CONFLICT (code) DO NOTHING;
