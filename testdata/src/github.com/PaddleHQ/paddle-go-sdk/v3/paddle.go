// Package paddle is a shape-only stub of github.com/PaddleHQ/paddle-go-sdk/v3
// (paths, types and signatures as in v3.1.0; bodies are stubs).
package paddle

import (
	"context"
	"net/http"
)

type options struct{}

type Option func(*options)

// SDK embeds one client per resource, as the real one does: a call such
// as sdk.CancelSubscription is (*SubscriptionsClient).CancelSubscription.
type SDK struct {
	*TransactionsClient
	*AdjustmentsClient
	*SubscriptionsClient
}

func New(apiKey string, opts ...Option) (*SDK, error)        { panic("stub") }
func NewSandbox(apiKey string, opts ...Option) (*SDK, error) { panic("stub") }

type TransactionStatus string

const (
	TransactionStatusDraft     TransactionStatus = "draft"
	TransactionStatusReady     TransactionStatus = "ready"
	TransactionStatusBilled    TransactionStatus = "billed"
	TransactionStatusPaid      TransactionStatus = "paid"
	TransactionStatusCompleted TransactionStatus = "completed"
	TransactionStatusCanceled  TransactionStatus = "canceled"
	TransactionStatusPastDue   TransactionStatus = "past_due"
)

type Transaction struct {
	ID             string               `json:"id,omitempty"`
	Status         TransactionStatus    `json:"status,omitempty"`
	CustomerID     *string              `json:"customer_id,omitempty"`
	SubscriptionID *string              `json:"subscription_id,omitempty"`
	CustomData     CustomData           `json:"custom_data,omitempty"`
	Checkout       *TransactionCheckout `json:"checkout,omitempty"`
}

type TransactionsClient struct{}

type GetTransactionRequest struct {
	TransactionID  string `in:"path=transaction_id" json:"-"`
	IncludeAddress bool   `in:"paddle_include=address" json:"-"`
}

type CreateTransactionRequest struct {
	Items      []CreateTransactionItems `json:"items,omitempty"`
	CustomerID *string                  `json:"customer_id,omitempty"`
	CustomData CustomData               `json:"custom_data,omitempty"`
}

func (c *TransactionsClient) CreateTransaction(ctx context.Context, req *CreateTransactionRequest) (res *Transaction, err error) {
	panic("stub")
}

func (c *TransactionsClient) GetTransaction(ctx context.Context, req *GetTransactionRequest) (res *Transaction, err error) {
	panic("stub")
}

type AdjustmentAction string

const (
	AdjustmentActionCredit AdjustmentAction = "credit"
	AdjustmentActionRefund AdjustmentAction = "refund"
)

type Adjustment struct {
	ID            string           `json:"id,omitempty"`
	Action        AdjustmentAction `json:"action,omitempty"`
	TransactionID string           `json:"transaction_id,omitempty"`
}

type CreateAdjustmentRequest struct {
	Action        AdjustmentAction `json:"action,omitempty"`
	Reason        string           `json:"reason,omitempty"`
	TransactionID string           `json:"transaction_id,omitempty"`
}

type AdjustmentsClient struct{}

func (c *AdjustmentsClient) CreateAdjustment(ctx context.Context, req *CreateAdjustmentRequest) (res *Adjustment, err error) {
	panic("stub")
}

type SubscriptionStatus string

const (
	SubscriptionStatusActive   SubscriptionStatus = "active"
	SubscriptionStatusCanceled SubscriptionStatus = "canceled"
	SubscriptionStatusPastDue  SubscriptionStatus = "past_due"
	SubscriptionStatusPaused   SubscriptionStatus = "paused"
	SubscriptionStatusTrialing SubscriptionStatus = "trialing"
)

type Subscription struct {
	ID         string             `json:"id,omitempty"`
	Status     SubscriptionStatus `json:"status,omitempty"`
	CustomerID string             `json:"customer_id,omitempty"`
}

type EffectiveFrom string

const (
	EffectiveFromNextBillingPeriod EffectiveFrom = "next_billing_period"
	EffectiveFromImmediately       EffectiveFrom = "immediately"
)

type SubscriptionsClient struct{}

type GetSubscriptionRequest struct {
	SubscriptionID string `in:"path=subscription_id" json:"-"`
}

type CancelSubscriptionRequest struct {
	SubscriptionID string         `in:"path=subscription_id" json:"-"`
	EffectiveFrom  *EffectiveFrom `json:"effective_from,omitempty"`
}

type CreateSubscriptionChargeItems struct{}

type CreateSubscriptionChargeRequest struct {
	SubscriptionID string                          `in:"path=subscription_id" json:"-"`
	EffectiveFrom  EffectiveFrom                   `json:"effective_from,omitempty"`
	Items          []CreateSubscriptionChargeItems `json:"items,omitempty"`
}

func (c *SubscriptionsClient) GetSubscription(ctx context.Context, req *GetSubscriptionRequest) (res *Subscription, err error) {
	panic("stub")
}

func (c *SubscriptionsClient) CancelSubscription(ctx context.Context, req *CancelSubscriptionRequest) (res *Subscription, err error) {
	panic("stub")
}

func (c *SubscriptionsClient) CreateSubscriptionCharge(ctx context.Context, req *CreateSubscriptionChargeRequest) (res *Subscription, err error) {
	panic("stub")
}

// WebhookVerifier checks the Paddle-Signature header (ts=…;h1=…) against
// an HMAC-SHA256 of the body.
type WebhookVerifier struct {
	secretKey []byte
}

func NewWebhookVerifier(secretKey string) *WebhookVerifier {
	return &WebhookVerifier{secretKey: []byte(secretKey)}
}

// Verify answers (false, nil) when the signature does not match.
func (wv *WebhookVerifier) Verify(req *http.Request) (bool, error) { panic("stub") }

// Middleware writes 400/403 and does not call next when Verify fails.
func (wv *WebhookVerifier) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ok, err := wv.Verify(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if !ok {
			http.Error(w, "signature mismatch", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
