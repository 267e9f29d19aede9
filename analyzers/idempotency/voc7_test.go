package idempotency

// EnvelopeKeys: a UPI gateway's mandate debit and refund, sent
// base64-encoded in a JSON envelope, are keyed by the stable
// merchantTransactionId inside it; one made from the clock per attempt
// is reported (model/voc7/autopay).
var _ = cases.Add(Analyzer, "EnvelopeKeys", "model/voc7/autopay")

// BuilderKeys: a key made outside the request builder a retrying
// sender is handed is the same on every attempt, and a sender calling
// its builder once retries nothing: both silent (model/voc7/buildkeys).
var _ = cases.Add(Analyzer, "BuilderKeys", "model/voc7/buildkeys")
