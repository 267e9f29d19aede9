package payment_test

// MoneyRows: a table named for its business is a payment object when
// the package's own SQL shows money owed or paid on its rows (amount and
// currency, or a payment reference) and a status; set to a settled value
// (funded, succeeded, completed) it stores a paid state. Quotes, price
// lists, tax rates, payouts and refunds, file and stock transfers,
// agreements ('accepted', 'confirmed') stay silent.
var _ = cases.Add(debug, "MoneyRows", "model/moneyrows")
