// Package braintree is a stub of github.com/braintree-go/braintree-go
// (signatures as in v0.22.0; bodies are stubs).
package braintree

import (
	"context"
	"net/http"
	"time"
)

type Environment struct {
	baseURL string
}

func NewEnvironment(baseURL string) Environment { panic("stub") }

var Sandbox = NewEnvironment("https://api.sandbox.braintreegateway.com:443")

type Braintree struct {
	env Environment
}

func New(env Environment, merchId, pubKey, privKey string) *Braintree { panic("stub") }

func (g *Braintree) Transaction() *TransactionGateway { panic("stub") }

type Decimal struct {
	Unscaled int64
	Scale    int
}

func NewDecimal(unscaled int64, scale int) *Decimal { panic("stub") }

type TransactionStatus string

const (
	TransactionStatusAuthorizationExpired   TransactionStatus = "authorization_expired"
	TransactionStatusAuthorizing            TransactionStatus = "authorizing"
	TransactionStatusAuthorized             TransactionStatus = "authorized"
	TransactionStatusGatewayRejected        TransactionStatus = "gateway_rejected"
	TransactionStatusFailed                 TransactionStatus = "failed"
	TransactionStatusProcessorDeclined      TransactionStatus = "processor_declined"
	TransactionStatusSettled                TransactionStatus = "settled"
	TransactionStatusSettlementConfirmed    TransactionStatus = "settlement_confirmed"
	TransactionStatusSettlementDeclined     TransactionStatus = "settlement_declined"
	TransactionStatusSettlementPending      TransactionStatus = "settlement_pending"
	TransactionStatusSettling               TransactionStatus = "settling"
	TransactionStatusSubmittedForSettlement TransactionStatus = "submitted_for_settlement"
	TransactionStatusVoided                 TransactionStatus = "voided"
)

type Transaction struct {
	Id      string            `xml:"id"`
	Status  TransactionStatus `xml:"status"`
	Type    string            `xml:"type"`
	Amount  *Decimal          `xml:"amount"`
	OrderId string            `xml:"order-id"`

	RefundIds *[]string `xml:"refund-ids>item"`
}

type TransactionRequest struct {
	XMLName            string   `xml:"transaction"`
	Type               string   `xml:"type,omitempty"`
	Amount             *Decimal `xml:"amount"`
	OrderId            string   `xml:"order-id,omitempty"`
	PaymentMethodToken string   `xml:"payment-method-token,omitempty"`
	PaymentMethodNonce string   `xml:"payment-method-nonce,omitempty"`
}

type TransactionGateway struct {
	*Braintree
}

func (g *TransactionGateway) Create(ctx context.Context, tx *TransactionRequest) (*Transaction, error) {
	panic("stub")
}

func (g *TransactionGateway) SubmitForSettlement(ctx context.Context, id string, amount ...*Decimal) (*Transaction, error) {
	panic("stub")
}

func (g *TransactionGateway) Void(ctx context.Context, id string) (*Transaction, error) {
	panic("stub")
}

func (g *TransactionGateway) Refund(ctx context.Context, id string, amount ...*Decimal) (*Transaction, error) {
	panic("stub")
}

func (g *TransactionGateway) Find(ctx context.Context, id string) (*Transaction, error) {
	panic("stub")
}

func (g *Braintree) WebhookNotification() *WebhookNotificationGateway { panic("stub") }

type WebhookNotificationGateway struct {
	*Braintree
}

// ParseRequest and Parse verify the bt_signature of the payload and fail
// with an error when it does not match.
func (w *WebhookNotificationGateway) ParseRequest(r *http.Request) (*WebhookNotification, error) {
	panic("stub")
}

func (w *WebhookNotificationGateway) Parse(signature, payload string) (*WebhookNotification, error) {
	panic("stub")
}

type WebhookNotification struct {
	Timestamp time.Time `xml:"timestamp"`
	Kind      string    `xml:"kind"`
}
