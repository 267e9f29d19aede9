package pollcreate

// RewaitMapIDT15p: a Razorpay recurring debit created on each pass of a
// loop that waits for it through a function of the package answering
// "pending" at its own deadline, the new payment's id read out of the
// SDK's map answer (resp["razorpay_payment_id"].(string)): reported.
// Silent: the waiter erring when still pending at its deadline
// (pendingerr), and the loop going round only on "failed" (failedonly).
var _ = cases.Add(Analyzer, "RewaitMapIDT15p", "t15prewait/upiwait", "t15prewait/pendingerr", "t15prewait/failedonly")
