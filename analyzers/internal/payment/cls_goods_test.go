package payment_test

// GoodsPlural: goods named in the plural or by a parameter's name
// make a generic verb a fulfilment; roles, flags and previews do not.
var _ = cases.Add(debug, "GoodsPlural", "model/goodsplural")
