// Package preapproval is a stub of github.com/mercadopago/sdk-go/pkg/preapproval
// (types and signatures as in v1.8.0, trimmed; Search left out; bodies are stubs).
package preapproval

import (
	"context"
	"time"

	"github.com/mercadopago/sdk-go/pkg/config"
)

type Request struct {
	AutoRecurring *AutoRecurringRequest `json:"auto_recurring,omitempty"`

	CardTokenID       string `json:"card_token_id,omitempty"`
	PreapprovalPlanID string `json:"preapproval_plan_id,omitempty"`
	PayerEmail        string `json:"payer_email,omitempty"`
	BackURL           string `json:"back_url,omitempty"`
	CollectorID       string `json:"collector_id,omitempty"`
	Reason            string `json:"reason,omitempty"`
	ExternalReference string `json:"external_reference,omitempty"`
	Status            string `json:"status,omitempty"`
}

type AutoRecurringRequest struct {
	StartDate *time.Time `json:"start_date,omitempty"`
	EndDate   *time.Time `json:"end_date,omitempty"`

	CurrencyID        string  `json:"currency_id,omitempty"`
	FrequencyType     string  `json:"frequency_type,omitempty"`
	TransactionAmount float64 `json:"transaction_amount,omitempty"`
	Frequency         int     `json:"frequency,omitempty"`
}

type UpdateRequest struct {
	CardTokenID       string `json:"card_token_id,omitempty"`
	PayerEmail        string `json:"payer_email,omitempty"`
	BackURL           string `json:"back_url,omitempty"`
	Reason            string `json:"reason,omitempty"`
	ExternalReference string `json:"external_reference,omitempty"`
	Status            string `json:"status,omitempty"`
}

type Response struct {
	ID                string `json:"id"`
	Status            string `json:"status"`
	ExternalReference string `json:"external_reference"`
	InitPoint         string `json:"init_point"`
	SandboxInitPoint  string `json:"sandbox_init_point"`
	PreapprovalPlanID string `json:"preapproval_plan_id"`
	CardID            string `json:"card_id"`
	PayerID           int64  `json:"payer_id"`
}

type Client interface {
	Create(ctx context.Context, request Request) (*Response, error)
	Get(ctx context.Context, id string) (*Response, error)
	Update(ctx context.Context, id string, request UpdateRequest) (*Response, error)
}

type client struct {
	cfg *config.Config
}

func NewClient(c *config.Config) Client { return &client{cfg: c} }

func (c *client) Create(ctx context.Context, request Request) (*Response, error) { return nil, nil }

func (c *client) Get(ctx context.Context, id string) (*Response, error) { return nil, nil }

func (c *client) Update(ctx context.Context, id string, request UpdateRequest) (*Response, error) {
	return nil, nil
}
