export const CASE_TYPE_LABEL: Record<string, string> = {
  motor_vehicle_accident: 'Motor vehicle accident',
  workers_compensation: "Workers' compensation",
  private: 'Private',
  extended_health: 'Extended health',
  other: 'Other',
};

export const CASE_TYPE_OPTIONS = Object.entries(CASE_TYPE_LABEL).map(([value, label]) => ({ value, label }));
