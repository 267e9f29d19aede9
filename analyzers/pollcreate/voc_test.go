package pollcreate

// BankFailureStates: a bank transfer returned or reversed is a
// terminal failure; a new one made then is the advice, one made while a
// return is pending is not.
var _ = cases.Add(Analyzer, "BankFailureStates", "model/voc/bankstates/resend")
