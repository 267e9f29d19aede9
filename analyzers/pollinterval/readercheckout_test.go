package pollinterval

// ReaderCheckoutAndPixCob: a card reader's checkout read back by its id
// ("GET /v0.1/merchants/{m}/checkouts/{id}" through a method/path
// dispatcher) on a 500ms ticker, and a Pix charge ("GET /v2/cob/{txid}",
// BACEN API Pix) slept on every 1.5s, both cadences constants of another
// file, are reported; the same polls at 2s, a sales report and a parcel's
// tracking read every 500ms stay silent.
var _ = cases.Add(Analyzer, "ReaderCheckoutAndPixCob", "pollinterval/readercheckout")
