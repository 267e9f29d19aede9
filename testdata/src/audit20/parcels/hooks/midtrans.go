package hooks

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"audit20/parcels/pay/mtr"
	"audit20/parcels/store"
)

// Midtrans receives Midtrans payment notifications for locker top-ups.
type Midtrans struct {
	serverKey string
	lockers   *store.Lockers
	sms       *SMSClient
	log       *slog.Logger
}

func NewMidtrans(serverKey string, lockers *store.Lockers, sms *SMSClient, log *slog.Logger) *Midtrans {
	return &Midtrans{serverKey: serverKey, lockers: lockers, sms: sms, log: log}
}

func (h *Midtrans) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var n mtr.Notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if err := mtr.VerifyNotification(n, h.serverKey); err != nil {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	ctx := r.Context()
	switch n.TransactionStatus {
	case mtr.StatusSettlement:
		settled, err := h.lockers.SettleTopUp(ctx, n.OrderID) // audit: lookalike webhookdedupe: compare-and-set from pending/paid to credited, credit only when a row moved (settled checked below)
		if err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if settled {
			t, err := h.lockers.TopUp(ctx, n.OrderID)
			if err == nil && t.Phone != "" {
				msg := fmt.Sprintf("Parcels: your locker credit of Rp%d is ready.", t.AmountMinor)
				if err := h.sms.Send(ctx, t.Phone, msg); err != nil { // want "\\[webhookack\\] webhook handler calls hooks\\.SMSClient\\.Send, which calls an external API"
					h.log.Warn("top-up sms", "order", n.OrderID, "err", err)
				}
			}
		}
	case mtr.StatusExpire, mtr.StatusCancel, mtr.StatusFailure:
		_ = h.lockers.ExpireTopUp(ctx, n.OrderID)
	}
	w.WriteHeader(http.StatusOK)
}

// SMSClient sends text messages through our SMS gateway.
type SMSClient struct {
	Base  string
	Token string
	HC    *http.Client
}

func (c *SMSClient) Send(ctx context.Context, phone, text string) error {
	body, _ := json.Marshal(map[string]string{"to": phone, "text": text})
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/messages", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms: %s", resp.Status)
	}
	return nil
}
