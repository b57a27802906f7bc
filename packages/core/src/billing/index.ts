// Billing decisions (SPEC K4, K5, B1-B7): money, tax, payer coverage, pricing, invoices, payments, the ledger,
// aging, authorizations, and what an appointment status calls for. Pure functions; db stores what they decide.
export * from './money';
export * from './tax';
export * from './coverage';
export * from './invoiceRules';
export * from './payments';
export * from './ledger';
export * from './aging';
export * from './authorizations';
export * from './deterministicId';
export * from './pricing';
export * from './episodes';
export * from './billingRecords';
export * from './invoiceDrafting';
export * from './invoiceChanges';
export * from './paymentPlans';
export * from './chargeDrafting';
export * from './appointmentBilling';
export * from './caseBillingChanges';
export * from './ledgerBalances';
