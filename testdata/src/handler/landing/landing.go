// Package landing: "callback" and "notify" are weak words. What the
// handler does decides: a GET (or a query-only handler) that reads no
// body and nothing signed is the page the buyer's browser comes back to;
// a handler that reads a posted body, a form, a signed query or a
// callback-token header is the provider's notification.
package landing

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

type store struct{}

func (store) Credit(ctx context.Context, user string, n int) error { return nil }

func Routes(s store) {
	r := chi.NewRouter()
	r.Get("/billing/callback", billingBack(s))
	r.Get("/pay/notify", signedNotify)
	r.Get("/pay/callback/relay", relayed)
	r.Get("/payments/events", listEvents)
	r.Get("/webhooks/pay", strongGet)
	r.Post("/pay/callback", postedCallback)
	r.Post("/xendit/payment/callback", tokenCallback)

	http.HandleFunc("/purchase/callback", queryOnly)
	http.HandleFunc("/checkout/callback", formCallback)
}

// The hosted page sends the buyer back with ?outcome=…&uid=…: a return page.
func billingBack(s store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `handler billingBack fw=net/http routes=\[GET /billing/callback\] redirect=route /billing/callback webhook=- params=\[query:outcome query:uid\] headers=\[\]`
		v := r.URL.Query()
		if v.Get("outcome") == "approved" {
			_ = s.Credit(r.Context(), v.Get("uid"), 10)
		}
		http.Redirect(w, r, "/wallet", http.StatusSeeOther)
	}
}

// No method on the route, query only: a return page too.
func queryOnly(w http.ResponseWriter, r *http.Request) { // want `handler queryOnly fw=net/http routes=\[/purchase/callback\] redirect=route /purchase/callback webhook=- params=\[query:order_ref\] headers=\[\]`
	_ = r.URL.Query().Get("order_ref")
}

// Look-alikes that stay webhooks.

// A gateway that notifies by GET signs its query.
func signedNotify(w http.ResponseWriter, r *http.Request) { // want `handler signedNotify fw=net/http routes=\[GET /pay/notify\] redirect=- webhook=route /pay/notify params=\[query:trade_no query:sign\] headers=\[\]`
	q := r.URL.Query()
	_, _ = q.Get("trade_no"), q.Get("sign")
}

// The request is handed to a helper that may read its body.
func relayed(w http.ResponseWriter, r *http.Request) { // want `handler relayed fw=net/http routes=\[GET /pay/callback/relay\] redirect=- webhook=route /pay/callback/relay params=\[query:id\] headers=\[\]`
	_ = r.URL.Query().Get("id")
	parseNotice(r)
}

func parseNotice(r *http.Request) {}

// A strong word stays a webhook whatever the method.
func strongGet(w http.ResponseWriter, r *http.Request) { // want `handler strongGet fw=net/http routes=\[GET /webhooks/pay\] redirect=- webhook=route /webhooks/pay params=\[query:id\] headers=\[\]`
	_ = r.URL.Query().Get("id")
}

// A posted JSON body.
func postedCallback(w http.ResponseWriter, r *http.Request) { // want `handler postedCallback fw=net/http routes=\[POST /pay/callback\] redirect=- webhook=route /pay/callback params=\[\] headers=\[\]`
	var ev map[string]any
	_ = json.NewDecoder(r.Body).Decode(&ev)
}

// A posted form, no method on the route.
func formCallback(w http.ResponseWriter, r *http.Request) { // want `handler formCallback fw=net/http routes=\[/checkout/callback\] redirect=- webhook=route /checkout/callback params=\[form:status\] headers=\[\]`
	_ = r.FormValue("status")
}

// A callback token in a header (Xendit): a webhook, although "payment
// callback" is a return page's phrase.
func tokenCallback(w http.ResponseWriter, r *http.Request) { // want `handler tokenCallback fw=net/http routes=\[POST /xendit/payment/callback\] redirect=- webhook=reads X-Callback-Token params=\[\] headers=\[header:X-Callback-Token\]`
	_ = r.Header.Get("X-Callback-Token")
}

// Neither: a GET listing of payment events is an API, not a return page.
func listEvents(w http.ResponseWriter, r *http.Request) { // want `handler listEvents fw=net/http routes=\[GET /payments/events\] redirect=- webhook=- params=\[query:limit\] headers=\[\]`
	_ = r.URL.Query().Get("limit")
}

// gin: the request context handed to a service as a context.Context is
// only a context; a return page.
func GinRoutes(e *gin.Engine, s store) {
	e.GET("/subscription/callback", func(c *gin.Context) { // want `handler fw=gin routes=\[GET /subscription/callback\] redirect=route /subscription/callback webhook=- params=\[query:user\] headers=\[\]`
		_ = s.Credit(c, c.Query("user"), 1)
	})
	e.GET("/payment/notify", func(c *gin.Context) { // want `handler fw=gin routes=\[GET /payment/notify\] redirect=- webhook=route /payment/notify params=\[\] headers=\[\]`
		var body map[string]string
		_ = c.ShouldBindJSON(&body)
	})
}

// Provider names are payment words: "/xendit/notify" posted to is a
// webhook; "/midtrans/oauth/callback" onboards a seller.
func Providers() {
	http.HandleFunc("POST /xendit/notify", xenditNotify)
	http.HandleFunc("/midtrans/oauth/callback", midtransOnboard)
}

func xenditNotify(w http.ResponseWriter, r *http.Request) { // want `handler xenditNotify fw=net/http routes=\[POST /xendit/notify\] redirect=- webhook=route /xendit/notify params=\[\] headers=\[\]`
	var ev map[string]any
	_ = json.NewDecoder(r.Body).Decode(&ev)
}

func midtransOnboard(w http.ResponseWriter, r *http.Request) { // want `handler midtransOnboard fw=net/http routes=\[/midtrans/oauth/callback\] redirect=- webhook=- params=\[query:code\] headers=\[\]`
	_ = r.URL.Query().Get("code")
}
