package handler

// ---- "payment callback" in a name alone: the route decides -------------------
//
// Gateways call both of their URLs a callback: the server notification
// (Alipay's notify_url, Epay's, WeChat Pay's) and the page the buyer's
// browser comes back to. A handler named PaymentCallback is a return page
// by its name only when nothing else speaks; one-hub's
//
//	api.Any("/payment/notify/:uuid", controller.PaymentCallback) // package router
//	func PaymentCallback(c *gin.Context) {                       // package controller
//		n, err := svc.HandleCallback(c, cfg) // each gateway checks the signature
//
// is the notification, as its route says, and its package cannot see the
// route. When the name's only return word is its callback, no route is
// registered in the handler's package, and the handler hands the request
// to code that may read what was posted (readsPosted: a gateway parsing
// the notification), the name decides nothing here: the handler is left
// to its route (a package registering it on a return route judges it,
// linked.go; one registering it on notify, webhook or ipn does not).
// A page reading the query itself, or registered here, keeps its name.

// callbackNameOnly: h's name says return only by "payment callback",
// its routes are elsewhere, and it hands the request to code that may
// read the posted notification.
func (h *Handler) callbackNameOnly() bool {
	if len(h.Routes) > 0 || h.Fn == nil {
		return false
	}
	ws := words(h.Name)
	if hasWord(ws, "callback", "callbacks", "paymentcallback") == "" {
		return false
	}
	var rest []string
	for _, w := range ws {
		if hasWord([]string{w}, "callback", "callbacks", "paymentcallback") == "" {
			rest = append(rest, w)
		}
	}
	if redirectSays(rest) {
		return false // PaymentCallbackSuccess: another word says return
	}
	return readsPosted(h.Fn)
}
