package adyenweb

import (
	"html/template"
	"net/http"
)

var thanks = template.Must(template.New("t").Parse(`<h1>{{.}}</h1>`))

// Mount registers the checkout routes.
func (wb *Web) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /adyen/notifications", wb.notify)
	mux.HandleFunc("POST /adyen/notifications/v2", wb.notifyV2)
	mux.HandleFunc("GET /checkout/return", wb.shopperReturn)
	mux.HandleFunc("GET /checkout/result", wb.shopperResult)
}

// shopperReturn is where Adyen's hosted page sends the shopper back.
func (wb *Web) shopperReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	ref := q.Get("merchantReference")
	if q.Get("resultCode") == "Authorised" {
		if err := wb.Policies.Activate(r.Context(), ref); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\)"
			http.Error(w, "could not start your cover", http.StatusInternalServerError)
			return
		}
		thanks.Execute(w, "Your cover has started")
		return
	}
	thanks.Execute(w, "Payment not completed")
}

// shopperResult only shows what the webhook already decided.
func (wb *Web) shopperResult(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("merchantReference")
	st, err := wb.Policies.Status(r.Context(), ref)
	if err != nil {
		http.Error(w, "unknown policy", http.StatusNotFound)
		return
	}
	switch st {
	case "active":
		thanks.Execute(w, "Your cover has started")
	case "pending":
		thanks.Execute(w, "We are confirming your payment")
	default:
		thanks.Execute(w, "Payment not completed")
	}
}
