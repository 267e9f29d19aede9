package pollinterval

// SDKIfaceT15p: a GoCardless payment's status read through an unexported
// field of the package's own interface in the SDK's types, filled by the
// caller, on a one-second ticker: reported. The same poll on a
// five-second ticker stays silent.
var _ = cases.Add(Analyzer, "SDKIfaceT15p", "t15psdkiface/gcpoll", "t15psdkiface/gcpollslow")
