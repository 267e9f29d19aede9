// Package jobs runs background work: asynq tasks and the periodic sweeper.
package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/google/uuid"
	"github.com/hibiken/asynq"

	"audit23/airline/domain"
	"audit23/airline/gds"
	"audit23/airline/latam"
	"audit23/airline/paypal"
	"audit23/airline/platform"
	"audit23/airline/store"
)

const (
	TypeIssueTicket   = "ticket:issue"
	TypeCommission    = "commission:payout"
	TypePayPalCapture = "paypal:capture"
	TypeSettleReview  = "installments:settle"
)

type pnrPayload struct {
	PNR     string `json:"pnr"`
	OrderID string `json:"order_id,omitempty"`
}

func NewIssueTicketTask(pnr string) *asynq.Task {
	b, _ := json.Marshal(pnrPayload{PNR: pnr})
	return asynq.NewTask(TypeIssueTicket, b, asynq.MaxRetry(8))
}

func NewPayPalCaptureTask(pnr, orderID string) *asynq.Task {
	b, _ := json.Marshal(pnrPayload{PNR: pnr, OrderID: orderID})
	return asynq.NewTask(TypePayPalCapture, b, asynq.Queue("payments"))
}

type commissionPayload struct {
	CommissionID int64 `json:"commission_id"`
}

func NewCommissionTask(id int64) *asynq.Task {
	b, _ := json.Marshal(commissionPayload{CommissionID: id})
	return asynq.NewTask(TypeCommission, b, asynq.Queue("payouts"))
}

// Workers handles the asynq tasks.
type Workers struct {
	Bookings    *store.Bookings
	Commissions *store.Commissions
	GDS         *gds.Client
	PayPal      *paypal.Client
	MP          *latam.MercadoPago
	Mailer      *Mailer
	PayoutURL   string
	PayoutToken string
	HTTP        *http.Client
	Log         *slog.Logger
}

func (w *Workers) Mux() *asynq.ServeMux {
	mux := asynq.NewServeMux()
	mux.HandleFunc(TypeIssueTicket, w.issueTicket)
	mux.HandleFunc(TypeCommission, w.payCommission)
	mux.HandleFunc(TypePayPalCapture, w.capturePayPal)
	mux.HandleFunc(TypeSettleReview, w.settleReview)
	return mux
}

func (w *Workers) issueTicket(ctx context.Context, t *asynq.Task) error {
	var p pnrPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	tickets, err := w.GDS.Issue(ctx, p.PNR) // audit: lookalike idempotency: ticket issuance is not a payment, and the GDS answers 409 for a ticketed PNR
	if err != nil {
		return err
	}
	if err := w.Bookings.SetStatus(ctx, p.PNR, domain.BookingTicketed); err != nil {
		return err
	}
	b, err := w.Bookings.ByPNR(ctx, p.PNR)
	if err != nil {
		return err
	}
	return w.Mailer.Send(ctx, b.Email, "Your e-ticket "+p.PNR, fmt.Sprintf("%d ticket(s) issued", len(tickets)))
}

func (w *Workers) capturePayPal(ctx context.Context, t *asynq.Task) error {
	var p pnrPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	o, err := w.PayPal.CaptureOrder(ctx, p.OrderID) // want "\\[idempotency\\] paypal\\.Client\\.CaptureOrder \\(POST /v2/checkout/orders/\\{\\}/capture\\) is retried"
	if err != nil {
		return err
	}
	if o.Status != "COMPLETED" {
		if o, err = w.PayPal.AwaitCompleted(ctx, p.OrderID); err != nil {
			return fmt.Errorf("paypal capture %s: %w", p.OrderID, err)
		}
	}
	return w.Bookings.MarkPaid(ctx, p.PNR, "paypal", o.ID)
}

type settlePayload struct {
	PNR       string `json:"pnr"`
	PaymentID int    `json:"payment_id"`
}

func NewSettleTask(pnr string, paymentID int) *asynq.Task {
	b, _ := json.Marshal(settlePayload{PNR: pnr, PaymentID: paymentID})
	return asynq.NewTask(TypeSettleReview, b, asynq.Queue("payments"))
}

// settleReview waits for an installment payment that Mercado Pago put in
// manual review.
func (w *Workers) settleReview(ctx context.Context, t *asynq.Task) error {
	var p settlePayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	res, err := w.MP.Settle(ctx, p.PaymentID)
	if err != nil {
		w.Log.WarnContext(ctx, "installments not approved", "pnr", p.PNR, "err", err)
		return w.Bookings.SetStatus(ctx, p.PNR, domain.BookingCancelled)
	}
	return w.Bookings.MarkPaid(ctx, p.PNR, "mercadopago", fmt.Sprint(res.ID))
}

type payoutRequest struct {
	Beneficiary string `json:"beneficiary_id"`
	AmountMinor int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
	Reference   string `json:"reference"`
}

// payCommission pays a travel agency its commission by bank transfer.
func (w *Workers) payCommission(ctx context.Context, t *asynq.Task) error {
	var p commissionPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	agent, minor, currency, err := w.Commissions.Amount(ctx, p.CommissionID)
	if err != nil {
		return err
	}
	res, err := platform.Send(ctx, w.HTTP, platform.Request{ // want "\\[idempotency\\] POST /v1/payouts is retried by asynq, which delivers the task again when" "\\[retrystatus\\] POST /v1/payouts is retried by platform\\.Send, which sends it again in its"
		Method: http.MethodPost,
		URL:    w.PayoutURL + "/v1/payouts",
		Token:  w.PayoutToken,
		Key:    uuid.NewString(), // audit: reported at jobs/tasks.go:154, the Send call's first line (idempotency): a new key on every delivery of the task; asynq runs a failed payout again (default MaxRetry) and the bank sees a new transfer
		Body: payoutRequest{
			Beneficiary: fmt.Sprintf("agent-%d", agent),
			AmountMinor: minor,
			Currency:    currency,
			Reference:   fmt.Sprintf("COMM-%d", p.CommissionID),
		},
	})
	if err != nil {
		return err
	}
	var out struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(res.Body, &out); err != nil {
		return err
	}
	_, err = w.Commissions.Claim(ctx, p.CommissionID, out.ID)
	return err
}

// Mailer posts mails to the internal mail relay.
type Mailer struct {
	URL string
	HC  *http.Client
}

func (m *Mailer) Send(ctx context.Context, to, subject, text string) error {
	_, err := platform.Send(ctx, m.HC, platform.Request{
		Method: http.MethodPost,
		URL:    m.URL,
		Body:   map[string]string{"to": to, "subject": subject, "text": text},
	})
	return err
}
