package web

import (
	"encoding/json"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/mux"

	"audit19/giftcards/domain"
	"audit19/giftcards/payments"
)

// Checkout starts payments for an order and handles support refunds.
type Checkout struct {
	orders domain.OrderStore
	paypal *payments.PayPal
	cko    *payments.Checkout
	apple  *payments.ApplePay
	wallet *payments.Wallet
}

// NewCheckout builds the checkout API.
func NewCheckout(o domain.OrderStore, pp *payments.PayPal, cko *payments.Checkout, ap *payments.ApplePay, w *payments.Wallet) *Checkout {
	return &Checkout{orders: o, paypal: pp, cko: cko, apple: ap, wallet: w}
}

// Pay starts the payment for an order with the chosen method.
func (c *Checkout) Pay(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	o, err := c.orders.Get(ctx, mux.Vars(r)["id"])
	if err != nil || o.Status != domain.OrderPending {
		http.NotFound(w, r)
		return
	}
	out := map[string]string{}
	switch o.Provider {
	case domain.ProviderPayPal:
		ord, err := c.paypal.StartCheckout(ctx, o)
		if err != nil {
			http.Error(w, "paypal unavailable", http.StatusBadGateway)
			return
		}
		_ = c.orders.SetProviderRef(ctx, o.ID, ord.ID)
		out["paypal_order_id"] = ord.ID
	case domain.ProviderCheckout:
		res, err := c.cko.Authorize(ctx, o)
		if err != nil {
			http.Error(w, "card payment failed", http.StatusBadGateway)
			return
		}
		_ = c.orders.SetProviderRef(ctx, o.ID, res.Id)
		if res.Approved {
			if err := c.cko.Capture(ctx, res.Id, o.AmountMinor); err != nil {
				http.Error(w, "capture failed", http.StatusBadGateway)
				return
			}
		}
		out["payment_id"] = res.Id
	case domain.ProviderAdyen:
		code, err := c.apple.Pay(ctx, o)
		if err != nil {
			http.Error(w, "apple pay failed", http.StatusBadGateway)
			return
		}
		out["result_code"] = code
	default:
		http.Error(w, "unsupported method", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(out)
}

// Refund is a support action: refund an order through its provider.
func (c *Checkout) Refund(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	o, err := c.orders.Get(ctx, mux.Vars(r)["id"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	switch o.Provider {
	case domain.ProviderCheckout:
		err = c.cko.Refund(ctx, o.ProviderRef, o.AmountMinor)
	case domain.ProviderAdyen:
		err = c.apple.Refund(ctx, o.ProviderRef, o)
	case domain.ProviderEth:
		var in struct {
			To  string `json:"to"`
			Wei string `json:"wei"`
		}
		if err = json.NewDecoder(r.Body).Decode(&in); err == nil {
			wei, _ := new(big.Int).SetString(in.Wei, 10)
			var to common.Address
			h := common.HexToHash(in.To)
			copy(to[:], h[12:])
			_, err = c.wallet.Refund(ctx, to, wei)
		}
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
