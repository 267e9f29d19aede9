package wallet

import (
	"html/template"
	"net/http"

	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/gorilla/mux"
)

var returnPage = template.Must(template.New("return").Parse(
	`<html><body><h1>Top-up received</h1><p>Your wallet will show {{.}} shortly.</p></body></html>`))

// Handlers serves the wallet's HTTP endpoints.
type Handlers struct {
	svc   *Service
	cko   *nas.Client
	store Store
}

// NewHandlers returns the wallet handlers.
func NewHandlers(svc *Service, cko *nas.Client, store Store) *Handlers {
	return &Handlers{svc: svc, cko: cko, store: store}
}

// Routes registers the wallet endpoints on r.
func (h *Handlers) Routes(r *mux.Router) {
	r.HandleFunc("/wallet/topups/{id}/return", h.topupReturn).Methods(http.MethodGet)
}

// topupReturn is where Checkout.com sends the driver back after 3-D Secure.
func (h *Handlers) topupReturn(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	t, err := h.store.Topup(ctx, mux.Vars(r)["id"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	d, err := h.cko.GetPaymentDetailsWithContext(ctx, t.PaymentID)
	if err != nil {
		http.Error(w, "we could not confirm your payment yet", http.StatusBadGateway)
		return
	}
	if d.Amount != t.AmountCents {
		http.Error(w, "amount mismatch", http.StatusConflict)
		return
	}
	if _, err := h.store.CaptureTopup(ctx, t.ID); err != nil { // audit: reported at cmd/parkd/main.go:135 (redirectfulfill, where main binds the store; readpages.go, sqlwith.go): the 3-D Secure return page reads the Checkout.com payment but never checks its status (only the error and the amount) before CaptureTopup credits the wallet, so a declined top-up is credited (Exirom "never use the redirect as payment confirmation")
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	_ = returnPage.Execute(w, float64(t.AmountCents)/100)
}
