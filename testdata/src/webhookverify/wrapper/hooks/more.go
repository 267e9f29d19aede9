package hooks

import (
	"io"
	"net/http"

	"webhookverify/wrapper/billing"
	"webhookverify/wrapper/sigs"
)

type events struct{}

func MoreRoutes(mux *http.ServeMux) {
	mux.Handle("/payments/webhook-mw", sigs.Middleware(secret, http.HandlerFunc(behindPackageMiddleware)))
	mux.Handle("/payments/webhook-logged", sigs.Logging(http.HandlerFunc(behindLoggingOnly)))
	mux.HandleFunc("/payments/webhook-signed", signedByWrapper)
	mux.HandleFunc("/payments/webhook-dispatch", dispatch)
}

func behindPackageMiddleware(w http.ResponseWriter, r *http.Request) {
	billing.OnPaid(r.FormValue("order_id"))
}

func behindLoggingOnly(w http.ResponseWriter, r *http.Request) {
	billing.OnPaid(r.FormValue("order_id")) // want `payment webhook /payments/webhook-logged acts on the payment .* without verifying`
}

// signedByWrapper: the wrapper verifies before it grants.
func signedByWrapper(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := billing.HandleSigned(body, r.Header.Get("X-Signature"), secret); err != nil {
		http.Error(w, "rejected", http.StatusBadRequest)
	}
}

// onCompleted is reached through the dispatch table after verification.
func onCompleted(w http.ResponseWriter, r *http.Request) {
	billing.OnPaid(r.FormValue("order_id"))
}

var table = map[string]http.HandlerFunc{"payment.completed": onCompleted}

func dispatch(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := sigs.Verify(body, r.Header.Get("X-Signature"), secret); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if h := table[r.Header.Get("X-Event-Type")]; h != nil {
		h(w, r)
	}
}
