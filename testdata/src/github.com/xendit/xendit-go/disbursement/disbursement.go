// Package disbursement is a stub of github.com/xendit/xendit-go/disbursement
// (v1, checked: v1.0.8): CreateParams.IdempotencyKey, when not empty, is
// sent as the X-IDEMPOTENCY-KEY header.
package disbursement

import (
	"context"

	"github.com/xendit/xendit-go"
)

// CreateParams contains parameters for Create
type CreateParams struct {
	IdempotencyKey    string   `json:"-"`
	ForUserID         string   `json:"-"`
	ExternalID        string   `json:"external_id" validate:"required"`
	BankCode          string   `json:"bank_code" validate:"required"`
	AccountHolderName string   `json:"account_holder_name" validate:"required"`
	AccountNumber     string   `json:"account_number" validate:"required"`
	Description       string   `json:"description" validate:"required"`
	Amount            float64  `json:"amount" validate:"required"`
	EmailTo           []string `json:"email_to,omitempty"`
}

// GetByIDParams contains parameters for GetByID
type GetByIDParams struct {
	DisbursementID string `json:"disbursement_id" validate:"required"`
	ForUserID      string `json:"-"`
}

// Client is the client used to invoke disbursement API.
type Client struct {
	Opt          *xendit.Option
	APIRequester xendit.APIRequester
}

func (c *Client) Create(data *CreateParams) (*xendit.Disbursement, *xendit.Error) { panic("stub") }

func (c *Client) CreateWithContext(ctx context.Context, data *CreateParams) (*xendit.Disbursement, *xendit.Error) {
	panic("stub")
}

func (c *Client) GetByID(data *GetByIDParams) (*xendit.Disbursement, *xendit.Error) { panic("stub") }

func Create(data *CreateParams) (*xendit.Disbursement, *xendit.Error) { panic("stub") }

func CreateWithContext(ctx context.Context, data *CreateParams) (*xendit.Disbursement, *xendit.Error) {
	panic("stub")
}

func GetByID(data *GetByIDParams) (*xendit.Disbursement, *xendit.Error) { panic("stub") }
