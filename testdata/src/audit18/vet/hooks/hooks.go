// Package hooks receives payment notifications from Square, Adyen,
// GoCardless and Halden Bank.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"strings"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	sqclient "github.com/square/square-go-sdk/client"

	"audit18/vet/domain"
	"audit18/vet/sigcheck"
)

// Clinic is the store the hooks write to.
type Clinic interface {
	ConfirmAppointment(ctx context.Context, consultationID, paymentRef string) error
	MarkOrderPaid(ctx context.Context, reference, psp string) error
	OrderByReference(ctx context.Context, ref string) (domain.ShopOrder, error)
	ReleasePrescription(ctx context.Context, prescriptionID string) error
	RecordWebhook(ctx context.Context, provider, eventID string) (bool, error)
}

// Deduper remembers deliveries already handled.
type Deduper interface {
	FirstDelivery(ctx context.Context, provider, id string) (bool, error)
}

// Wholesaler orders the medication of a released prescription.
type Wholesaler interface {
	SubmitOrder(ctx context.Context, prescriptionID string) error
}

type Hooks struct {
	sq           *sqclient.Client
	squareKey    string
	squareURL    string
	adyenHMACKey string
	clinic       Clinic
	credits      domain.PlanCredits
	seen         Deduper
	wholesaler   Wholesaler
	queue        *asynq.Client
}

type Config struct {
	SquareSignatureKey string
	SquareNotifyURL    string
	AdyenHMACKey       string
}

func New(cfg Config, sq *sqclient.Client, clinic Clinic, credits domain.PlanCredits, seen Deduper, ws Wholesaler, q *asynq.Client) *Hooks {
	return &Hooks{
		sq: sq, squareKey: cfg.SquareSignatureKey, squareURL: cfg.SquareNotifyURL,
		adyenHMACKey: cfg.AdyenHMACKey, clinic: clinic, credits: credits, seen: seen, wholesaler: ws, queue: q,
	}
}

type squareEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Payment struct {
				ID      string `json:"id"`
				Status  string `json:"status"`
				OrderID string `json:"order_id"`
			} `json:"payment"`
		} `json:"object"`
	} `json:"data"`
}

// Square handles payment.updated notifications for desk and plan top-up payments.
func (h *Hooks) Square(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := sigcheck.Square(r.Context(), h.sq, body, r.Header.Get("x-square-hmacsha256-signature"), h.squareKey, h.squareURL); err != nil {
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	var evt squareEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	p := evt.Data.Object.Payment
	if evt.Type != "payment.updated" || p.Status != "COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	ctx := r.Context()
	if planID, ok := strings.CutPrefix(p.OrderID, "PLAN-"); ok {
		if err := h.credits.GrantMonthlyCredits(ctx, planID, 1); err != nil { // want "\\[webhookdedupe\\] webhook handler fulfils the order \\(domain.PlanCredits.GrantMonthlyCredits\\) on every delivery"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	} else if err := h.clinic.ConfirmAppointment(ctx, p.OrderID, p.ID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

type adyenNotification struct {
	NotificationItems []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// Adyen handles standard notifications for shop orders.
func (h *Hooks) Adyen(c echo.Context) error {
	var n adyenNotification
	if err := c.Bind(&n); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	for _, ni := range n.NotificationItems {
		item := ni.Item
		if h.adyenHMACKey != "" && !hmacvalidator.ValidateHmac(item, h.adyenHMACKey) {
			return echo.NewHTTPError(http.StatusUnauthorized, "invalid hmac")
		}
		first, err := h.seen.FirstDelivery(ctx, "adyen", item.PspReference+":"+item.EventCode)
		if err != nil {
			return err
		}
		if !first || item.EventCode != "AUTHORISATION" || item.Success != "true" {
			continue
		}
		if err := h.clinic.MarkOrderPaid(ctx, item.MerchantReference, item.PspReference); err != nil { // want "\\[webhookverify\\] payment webhook Hooks.Adyen skips signature verification when the secret is empty"
			return err
		}
		o, err := h.clinic.OrderByReference(ctx, item.MerchantReference)
		if err != nil {
			return err
		}
		if o.PrescriptionID != "" {
			if err := h.clinic.ReleasePrescription(ctx, o.PrescriptionID); err != nil {
				return err
			}
			if err := h.wholesaler.SubmitOrder(ctx, o.PrescriptionID); err != nil {
				log.Printf("adyen hook: wholesaler %s: %v", o.PrescriptionID, err)
			}
		}
	}
	return c.String(http.StatusOK, "[accepted]")
}

type gcEvents struct {
	Events []gocardless.Event `json:"events"`
}

// GoCardless handles payment events; the signature is checked by the
// middleware it is mounted behind.
func (h *Hooks) GoCardless(w http.ResponseWriter, r *http.Request) {
	var in gcEvents
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, ev := range in.Events {
		if ev.ResourceType != "payments" || ev.Action != "confirmed" {
			continue
		}
		first, err := h.clinic.RecordWebhook(ctx, "gocardless", ev.Id)
		if err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if !first {
			continue
		}
		planID, _ := ev.Metadata["plan_id"].(string)
		if err := h.credits.GrantMonthlyCredits(ctx, planID, 4); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		task := asynq.NewTask("sms:plan-receipt", []byte(planID))
		if _, err := h.queue.EnqueueContext(ctx, task, asynq.TaskID("plan-receipt-"+ev.Id)); err != nil {
			log.Printf("gocardless hook: receipt for %s: %v", planID, err)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// BankEvents receives Halden Bank's event notifications for domestic payments.
type BankEvents struct {
	Pool *pgxpool.Pool
}

type bankEvent struct {
	Data struct {
		EventID    string `json:"EventId"`
		ResourceID string `json:"ResourceId"`
		Status     string `json:"Status"`
		Amount     string `json:"Amount"`
	} `json:"Data"`
}

func (b BankEvents) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var ev bankEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	if _, err := b.Pool.Exec(ctx, `UPDATE bank_payments SET status = $2 WHERE payment_id = $1`,
		ev.Data.ResourceID, ev.Data.Status); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if ev.Data.Status == "AcceptedSettlementCompleted" {
		if _, err := b.Pool.Exec(ctx, // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(paid state stored by pgxpool.Pool.Exec\\) on every delivery"
			`INSERT INTO ledger_entries (source, payment_id, amount) VALUES ('halden', $1, $2)`,
			ev.Data.ResourceID, ev.Data.Amount); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusAccepted)
}
