package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"audit13/foodhub/domain"
	"audit13/foodhub/lntips"
	"audit13/foodhub/mollieideal"
	"audit13/foodhub/squarepay"
	"audit13/foodhub/store"
	"audit13/foodhub/xenditwallet"
)

// partnerAPI serves the partner, checkout and support endpoints.
type partnerAPI struct {
	orders *store.Orders
	sq     *squarepay.Client
	ideal  *mollieideal.Service
	wallet *xenditwallet.Wallet
	tips   *lntips.Tipper
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (a *partnerAPI) chargePartnerOrder(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	o, err := a.orders.Get(ctx, r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such order", http.StatusNotFound)
		return
	}
	p, err := a.sq.ChargeAndWait(ctx, o, r.FormValue("card_id"))
	if err != nil {
		writeJSON(w, http.StatusPaymentRequired, map[string]string{"error": err.Error()})
		return
	}
	if err := a.sq.PayOrder(ctx, o.ProviderRef, []string{*p.ID}); err != nil {
		log.Printf("pay square order %s: %v", o.ProviderRef, err)
	}
	writeJSON(w, http.StatusOK, map[string]string{"payment_id": *p.ID})
}

func (a *partnerAPI) chargeEWallet(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	o, err := a.orders.Get(ctx, r.PathValue("id"))
	if err != nil || o.Status != domain.OrderPending {
		http.Error(w, "order not payable", http.StatusConflict)
		return
	}
	p, err := a.wallet.Charge(ctx, o)
	if err != nil {
		writeJSON(w, http.StatusPaymentRequired, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"payment_request": p.Id, "status": string(p.Status)})
}

func (a *partnerAPI) tip(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Sats           int64  `json:"sats"`
		CourierInvoice string `json:"courier_invoice"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Sats <= 0 {
		http.Error(w, "bad tip", http.StatusBadRequest)
		return
	}
	orderID := r.PathValue("id")
	inv, err := a.tips.NewTipInvoice(r.Context(), orderID, in.Sats)
	if err != nil {
		http.Error(w, "lightning unavailable", http.StatusBadGateway)
		return
	}
	go func(ctx context.Context) {
		if err := a.tips.AwaitTip(ctx, inv); err != nil {
			log.Printf("tip %s: %v", orderID, err)
			return
		}
		if err := a.tips.SendTip(ctx, in.CourierInvoice); err != nil {
			log.Printf("forward tip %s: %v", orderID, err)
		}
	}(context.WithoutCancel(r.Context()))
	writeJSON(w, http.StatusCreated, map[string]string{"invoice": inv.PaymentRequest})
}

func (a *partnerAPI) refundMissing(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	o, err := a.orders.Get(ctx, r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such order", http.StatusNotFound)
		return
	}
	var in struct {
		PaymentID string        `json:"payment_id"`
		Items     []domain.Item `json:"items"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || len(in.Items) == 0 {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	switch o.Channel {
	case domain.ChannelSquare:
		_, err = a.sq.RefundMissingItems(ctx, o, in.PaymentID, in.Items)
	case domain.ChannelIDEAL:
		var amount int64
		for _, it := range in.Items {
			amount += it.AmountMinor * int64(it.Qty)
		}
		err = a.ideal.Refund(ctx, o, amount, "missing items")
	default:
		http.Error(w, "refund this channel from the dashboard", http.StatusUnprocessableEntity)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
