package handler

// ---- a payment notification carried in the query string -------------------------
//
// A handler is a webhook by its body (bodyevent.go, bodyclass.go,
// notice.go) when it decodes a posted notification and acts on the
// payment. A gateway that notifies by GET (Epay 易支付 and its clones:
// GET notify_url?out_trade_no=…&trade_no=…&trade_status=TRADE_SUCCESS&
// money=…&sign=…) carries the same notification in the query string, and
// the handler reads it there (gin ShouldBindQuery into a struct tagged
// form:"trade_status", c.Query, r.URL.Query().Get, echo QueryParam):
//
//	func EpayNotify(ctx *gin.Context) {
//		var res EpayResult
//		ctx.ShouldBindQuery(&res)
//		if res.TradeStatus != "TRADE_SUCCESS" { … }
//		…; order.TradeStatus = res.TradeStatus; svc.Settle(order)
//		ctx.String(200, "success")
//	}
//
// Such a handler is a payment notification when what it reads from the
// query is a notification's (a payment status and a payment reference,
// by name: notifyStatus and notifyRef), it acts on the payment
// (a fulfilment or a paid-state write), and it answers the gateway's
// acknowledgement and never a page (notifyack.go): a page the buyer's
// browser lands on with the same parameters redirects or renders, and is
// redirectfulfill's. Its route may be in another package: it is then
// judged where it is mounted, like a handler decoding a posted event.
// Precision: a handler reading a body is left to the body's rules, and
// back-office names, OAuth responses and a handler sending a payment (a
// checkout) are never classified so.

// queryNotice: why h is a payment notification read from the query
// string, or "".
func (m *Model) queryNotice(h *Handler) string {
	if h.Fn == nil || h.Body == nil || m.info == nil || h.Login != 0 || h.oauthResponse() {
		return ""
	}
	if len(h.Routes) == 0 && !m.mountedElsewhere(h) || m.backOfficeNames(h) {
		return ""
	}
	var status, ref []string
	for _, p := range h.Params {
		if p.Source != "query" {
			continue
		}
		switch n := norm(p.Name); {
		case notifyStatus[n]:
			status = append(status, p.Name)
		case notifyRef[n]:
			ref = append(ref, p.Name)
		}
	}
	if len(status) == 0 || len(ref) == 0 {
		return ""
	}
	if m.readsBody(h.Body) || readsPosted(h.Fn) || !acksNotifier(h.Fn) || m.sendsPayment(h.Body) {
		return ""
	}
	if len(m.fulfilments(h.Body)) == 0 {
		return ""
	}
	return "reads a payment notification from the query string (" + status[0] + ", " + ref[0] +
		"), answers the gateway's acknowledgement and updates payment state"
}
