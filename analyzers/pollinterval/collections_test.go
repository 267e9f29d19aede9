package pollinterval

// U12Collections: a mobile-money "collection" (a request to pay) read in
// a loop every 500ms by a client that also reverses collections is a
// payment status polled too fast; a storefront's product collection, a
// CMS collection with items and a document store's collection named
// "refunds", polled as fast, stay silent.
var _ = cases.Add(Analyzer, "U12Collections", "pollinterval/u12/collections/...")
