package web

import (
	"encoding/json"
	"net/http"

	"audit16/farm/billing"
	"audit16/farm/flutterwave"
	"audit16/farm/paystack"
	"audit16/farm/store"

	"github.com/go-chi/chi/v5"
	"github.com/hibiken/asynq"
)

// Checkout starts payments for box orders, one provider per market.
type Checkout struct {
	orders  *store.Orders
	ps      *paystack.Client
	fw      *flutterwave.Client
	export  *billing.ExportService
	refunds *billing.Refunds
	queue   *asynq.Client
	baseURL string
}

// NewCheckout returns the checkout handlers.
func NewCheckout(orders *store.Orders, ps *paystack.Client, fw *flutterwave.Client, export *billing.ExportService,
	refunds *billing.Refunds, queue *asynq.Client, baseURL string) *Checkout {
	return &Checkout{orders: orders, ps: ps, fw: fw, export: export, refunds: refunds, queue: queue, baseURL: baseURL}
}

// Router mounts the checkout API.
func (h *Checkout) Router() http.Handler {
	r := chi.NewRouter()
	r.Post("/checkout/{ref}", h.Start)
	r.Post("/admin/claims/approve", h.ApproveClaim)
	return r
}

// Start sends the buyer to the payment page of their market's provider.
func (h *Checkout) Start(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	o, err := h.orders.Get(ctx, chi.URLParam(r, "ref"))
	if err != nil {
		http.Error(w, "no such order", http.StatusNotFound)
		return
	}
	out := map[string]string{}
	switch o.Provider {
	case "paystack":
		res, err := h.ps.Initialize(ctx, paystack.InitInput{
			Email: o.Email, Amount: o.AmountMinor, Currency: o.Currency, Reference: o.Ref,
			CallbackURL: h.baseURL + "/pay/paystack/return",
		})
		if err != nil {
			http.Error(w, "payment provider unavailable", http.StatusBadGateway)
			return
		}
		out["redirect"] = res.AuthorizationURL
	case "flutterwave":
		in := flutterwave.LinkInput{TxRef: o.Ref, Amount: float64(o.AmountMinor) / 100, Currency: o.Currency,
			RedirectURL: h.baseURL + "/pay/flutterwave/return"}
		in.Customer.Email, in.Customer.Phone = o.Email, o.Phone
		link, err := h.fw.CreateLink(ctx, in)
		if err != nil {
			http.Error(w, "payment provider unavailable", http.StatusBadGateway)
			return
		}
		out["redirect"] = link
	case "mpesa":
		t, err := billing.NewSTKTask(o)
		if err == nil {
			_, err = h.queue.EnqueueContext(ctx, t)
		}
		if err != nil {
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		out["message"] = "Check your phone and enter your M-Pesa PIN"
	case "stripe":
		pi, err := h.export.CreateIntent(ctx, o, r.FormValue("payment_method"))
		if err != nil {
			http.Error(w, "payment provider unavailable", http.StatusBadGateway)
			return
		}
		b, _ := json.Marshal(map[string]string{"order_ref": o.Ref, "intent_id": pi.ID})
		h.queue.EnqueueContext(ctx, asynq.NewTask("export:settle", b))
		out["client_secret"] = pi.ClientSecret
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

// ApproveClaim is the support desk's approval of a spoiled-box claim.
func (h *Checkout) ApproveClaim(w http.ResponseWriter, r *http.Request) {
	var c billing.SpoilClaim
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "bad claim", http.StatusBadRequest)
		return
	}
	if err := h.refunds.SpoiledBox(r.Context(), c); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
