// Billing rules (SPEC K4, K5, B1-B7): money, tax, payer coverage, invoices, payments, the ledger, aging, authorizations.
export * from './money';
export * from './tax';
export * from './coverage';
export * from './invoiceRules';
export * from './payments';
export * from './ledger';
export * from './aging';
export * from './authorizations';
