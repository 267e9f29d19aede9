package payment_test

// FormWrapper: a single-endpoint gateway wrapper of another package
// whose method field is its caller's constant: the call site's method
// classifies the call (a write with its key, a trade query, nothing).
var _ = cases.Add(debug, "FormWrapper", "model/formwrapper/app")
