package pollcreate

// BuiltURL: a wallet client whose URLs are all made by one small function
// of its package (c.url("/payments"): POST {}/v1/merchants/{}/payments) is
// seen to create and read payments; a desk replacing a QR left for two
// minutes while the first payment may still be confirmed is reported, a
// fresh QR only after the last one expired or was canceled stays silent.
var _ = cases.Add(Analyzer, "BuiltURL", "pollcreate/builturl")
