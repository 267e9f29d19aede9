package eu

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit20/parcels/store"
)

// Orders is the label order store the EU checkout writes to.
type Orders interface {
	Get(ctx context.Context, id string) (*store.LabelOrder, error)
	MarkPaid(ctx context.Context, id, providerRef string) error
	SetProviderRef(ctx context.Context, id, provider, ref string) error
}

type Handlers struct {
	payments  *Payments
	orders    Orders
	publicURL string
}

func NewHandlers(p *Payments, o Orders, publicURL string) *Handlers {
	return &Handlers{payments: p, orders: o, publicURL: publicURL}
}

func (h *Handlers) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /eu/labels/{id}/checkout", h.checkout)
	mux.HandleFunc("GET /eu/checkout/success", h.success)
}

func (h *Handlers) checkout(w http.ResponseWriter, r *http.Request) {
	o, err := h.orders.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	pi, err := h.payments.Intent(r.Context(), o.ID, o.AmountMinor, o.Currency, h.publicURL+"/eu/checkout/success")
	if err != nil {
		http.Error(w, "payment unavailable", http.StatusBadGateway)
		return
	}
	_ = h.orders.SetProviderRef(r.Context(), o.ID, "stripe", pi.ID)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]string{"client_secret": pi.ClientSecret})
}

// success is the Payment Element's return_url.
func (h *Handlers) success(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "could not load payment", http.StatusBadGateway)
		return
	}
	orderID := pi.Metadata["label_order"]
	if err := h.orders.MarkPaid(r.Context(), orderID, pi.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment"
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/eu/labels/"+orderID, http.StatusSeeOther)
}
