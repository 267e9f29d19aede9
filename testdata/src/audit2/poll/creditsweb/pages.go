package creditsweb

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

// payCallback is the URL the PSP's hosted page redirects to:
// /pay/callback?result=ok&purchase=...&user=...&credits=...
func payCallback(w *Wallet) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("result") != "ok" {
			http.Redirect(rw, r, "/store?error=payment", http.StatusFound)
			return
		}
		credits, _ := strconv.Atoi(q.Get("credits"))
		if err := w.AddCredits(r.Context(), q.Get("user"), credits); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading"
			http.Error(rw, "try again", http.StatusInternalServerError)
			return
		}
		http.Redirect(rw, r, "/studio", http.StatusFound)
	}
}

// purchaseLanding credits the pack if the webhook already saw the payment.
func purchaseLanding(w *Wallet) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		id := chi.URLParam(r, "id")
		status, userID, credits, err := w.PurchaseStatus(r.Context(), id)
		if err != nil {
			http.Error(rw, "unknown purchase", http.StatusNotFound)
			return
		}
		if status != "paid" {
			fmt.Fprint(rw, "Waiting for payment confirmation…")
			return
		}
		first, err := w.MarkDelivered(r.Context(), id)
		if err == nil && first {
			_ = w.AddCredits(r.Context(), userID, credits)
		}
		http.Redirect(rw, r, "/studio", http.StatusFound)
	}
}

// packThankYou is the success_url configured in the PSP dashboard.
func packThankYou(w *Wallet) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("paid") == "1" {
			credits, _ := strconv.Atoi(r.URL.Query().Get("credits"))
			_ = w.AddCredits(r.Context(), r.URL.Query().Get("user"), credits) // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading"
		}
		fmt.Fprintf(rw, "Thank you for buying pack %s!", r.PathValue("id"))
	}
}
