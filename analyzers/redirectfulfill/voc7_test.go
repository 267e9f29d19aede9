package redirectfulfill

// UPISuccessCodes: a return page guarded by a UPI gateway's success
// code in the posted form (Paytm's TXN_SUCCESS, PhonePe's
// PAYMENT_SUCCESS) fulfils on the buyer's word; one that reads the
// gateway's status endpoint first does not.
var _ = cases.Add(Analyzer, "UPISuccessCodes", "model/voc7/upireturn")
