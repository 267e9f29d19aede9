package handler

// ---- the shop's own form is no return page -------------------------------
//
// "/checkout/rx/complete" says return page by its words, but a provider
// sends the buyer back with a GET (its data in the query), or POSTs its
// own return parameters (Adyen's redirectResult, 3-D Secure's PaRes and
// MD, PayU's status, txnid and hash, a signature). A handler registered
// for POST only whose form carries none of these is the shop's own form
// (cash on delivery chosen, a basket confirmed): what it completes was
// never sent back by a payment page, so it is no return page.

// providerReturnWords name a parameter a payment page posts back.
var providerReturnWords = []string{"status", "state", "result", "resultcode", "token", "payer", "payerid",
	"pares", "md", "cres", "threedsmethoddata", "session", "intent", "redirectresult", "payload",
	"mihpayid", "transaction", "txn", "txnid", "tran", "payment", "response", "code", "error", "paymentid"}

// shopForm: every route of h is a POST (or another write), h reads at
// least one form field, and no field it reads (form or query) is one a
// provider posts back.
func (h *Handler) shopForm() bool {
	if !writesOnly(h.Routes) {
		return false
	}
	form := false
	for _, p := range h.Params {
		if p.Source == "path" || p.Source == "header" {
			continue
		}
		if p.Source == "form" {
			form = true
		}
		n := norm(p.Name)
		ws := words(p.Name)
		if redirectParams[n] || payStatusParam(n) || hasWord(ws, providerReturnWords...) != "" ||
			hasWord(ws, providerWords...) != "" || hasWord(ws, sigParamWords...) != "" {
			return false
		}
	}
	return form
}
