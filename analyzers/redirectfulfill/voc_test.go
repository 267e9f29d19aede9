package redirectfulfill

// BankSuccessState: a return page guarded by the query string's
// "executed" (a bank payment carried out) fulfils on the buyer's word.
var _ = cases.Add(Analyzer, "BankSuccessState", "model/voc/bankstates/returnpage")
