// Package checkout serves the buyer-facing purchase flow.
package checkout

import (
	"encoding/json"
	"html/template"
	"log/slog"
	"net/http"
	"strings"

	"github.com/google/uuid"

	"audit13/tickets/adyenpay"
	"audit13/tickets/domain"
	"audit13/tickets/orders"
	"audit13/tickets/paypalpay"
	"audit13/tickets/razorpayin"
	"audit13/tickets/store"
	"audit13/tickets/venue"
)

// Handlers holds the checkout dependencies.
type Handlers struct {
	Adyen    *adyenpay.Client
	PayPal   *paypalpay.Client
	Razorpay *razorpayin.Client
	Orders   *orders.Service
	Store    *store.Orders
	Holds    *store.Holds
	Venue    *venue.Client
	Pages    *template.Template
	Log      *slog.Logger
	// PayPalMarkets are the countries sold through PayPal.
	PayPalMarkets map[string]bool
}

func (h *Handlers) render(w http.ResponseWriter, page string, data any) {
	if err := h.Pages.ExecuteTemplate(w, page, data); err != nil {
		h.Log.Error("render", "page", page, "err", err)
	}
}

type orderRequest struct {
	EventID     int64    `json:"event_id"`
	Seats       []string `json:"seats"`
	Hold        string   `json:"hold"`
	Market      string   `json:"market"`
	Email       string   `json:"email"`
	AmountMinor int64    `json:"amount_minor"`
	Currency    string   `json:"currency"`
	Resale      bool     `json:"resale"`
}

// PlaceOrder creates the order of held seats and starts the payment with
// the market's provider.
func (h *Handlers) PlaceOrder(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var in orderRequest
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad order", http.StatusBadRequest)
		return
	}
	for _, seat := range in.Seats {
		if owner, err := h.Holds.Owner(ctx, in.EventID, seat); err != nil || owner != in.Hold {
			http.Error(w, "hold expired", http.StatusGone)
			return
		}
	}
	o := domain.Order{Ref: "T" + strings.ToUpper(uuid.NewString()[:8]), EventID: in.EventID,
		BuyerEmail: in.Email, AmountMinor: in.AmountMinor, Currency: in.Currency, Provider: domain.ProviderAdyen}
	if in.Market == "IN" {
		o.Provider = domain.ProviderRazorpay
	} else if h.PayPalMarkets[in.Market] {
		o.Provider = domain.ProviderPayPal
	}
	if a, err := h.Venue.Assess(ctx, o.Ref, in.Email, r.RemoteAddr); err == nil && a.Score > 0.9 {
		http.Error(w, "we could not accept this order", http.StatusForbidden)
		return
	}
	if err := h.Store.Create(ctx, &o); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	out := map[string]string{"ref": o.Ref, "provider": string(o.Provider)}
	var pspRef string
	var err error
	switch {
	case o.Provider == domain.ProviderRazorpay:
		pspRef, err = h.Razorpay.CreateOrder(ctx, o)
	case o.Provider == domain.ProviderPayPal:
		pspRef, err = h.PayPal.CreateOrder(ctx, o)
	case in.Resale:
		var res adyenpay.Result
		res, err = h.Adyen.BuyListing(ctx, o)
		pspRef, out["result_code"] = res.PSPRef, res.ResultCode
	default:
		var res adyenpay.Result
		res, err = h.Adyen.CreatePayment(ctx, o)
		pspRef, out["result_code"] = res.PSPRef, res.ResultCode
		if err == nil && res.ResultCode == "Authorised" {
			err = h.Orders.Fulfill(ctx, o.Ref)
		}
	}
	if err != nil {
		http.Error(w, "payment unavailable", http.StatusBadGateway)
		return
	}
	_ = h.Store.SetPSPRef(ctx, o.Ref, pspRef)
	out["psp_ref"] = pspRef
	_ = json.NewEncoder(w).Encode(out)
}
