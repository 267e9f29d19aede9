// Package invoice is a stub of github.com/xendit/xendit-go/v7/invoice
// (signatures as in v7.0.0, abridged: create and read by id).
package invoice

import (
	"context"
	"net/http"

	common "github.com/xendit/xendit-go/v7/common"
)

type InvoiceStatus string

// List of InvoiceStatus (as in v7.0.0).
const (
	INVOICESTATUS_PENDING InvoiceStatus = "PENDING"
	INVOICESTATUS_PAID    InvoiceStatus = "PAID"
	INVOICESTATUS_SETTLED InvoiceStatus = "SETTLED"
	INVOICESTATUS_EXPIRED InvoiceStatus = "EXPIRED"
)

type CreateInvoiceRequest struct {
	ExternalId      string  `json:"external_id"`
	Amount          float64 `json:"amount"`
	PayerEmail      *string `json:"payer_email,omitempty"`
	Description     *string `json:"description,omitempty"`
	InvoiceDuration *string `json:"invoice_duration,omitempty"`
	ShouldSendEmail *bool   `json:"should_send_email,omitempty"`
	Currency        *string `json:"currency,omitempty"`
}

func NewCreateInvoiceRequest(externalId string, amount float64) *CreateInvoiceRequest {
	panic("stub")
}

type Invoice struct {
	Id         *string       `json:"id,omitempty"`
	ExternalId string        `json:"external_id"`
	Status     InvoiceStatus `json:"status"`
	Amount     float64       `json:"amount"`
	InvoiceUrl string        `json:"invoice_url"`
}

type InvoiceApi interface {
	CreateInvoice(ctx context.Context) ApiCreateInvoiceRequest
	CreateInvoiceExecute(r ApiCreateInvoiceRequest) (*Invoice, *http.Response, *common.XenditSdkError)
	GetInvoiceById(ctx context.Context, invoiceId string) ApiGetInvoiceByIdRequest
	GetInvoiceByIdExecute(r ApiGetInvoiceByIdRequest) (*Invoice, *http.Response, *common.XenditSdkError)
}

type InvoiceApiService struct{}

type ApiCreateInvoiceRequest struct {
	ctx                  context.Context
	ApiService           InvoiceApi
	createInvoiceRequest *CreateInvoiceRequest
	forUserId            *string
}

func (r ApiCreateInvoiceRequest) CreateInvoiceRequest(createInvoiceRequest CreateInvoiceRequest) ApiCreateInvoiceRequest {
	panic("stub")
}

func (r ApiCreateInvoiceRequest) ForUserId(forUserId string) ApiCreateInvoiceRequest {
	panic("stub")
}

func (r ApiCreateInvoiceRequest) Execute() (*Invoice, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

func (a *InvoiceApiService) CreateInvoice(ctx context.Context) ApiCreateInvoiceRequest {
	panic("stub")
}

func (a *InvoiceApiService) CreateInvoiceExecute(r ApiCreateInvoiceRequest) (*Invoice, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

type ApiGetInvoiceByIdRequest struct {
	ctx        context.Context
	ApiService InvoiceApi
	invoiceId  string
	forUserId  *string
}

func (r ApiGetInvoiceByIdRequest) ForUserId(forUserId string) ApiGetInvoiceByIdRequest {
	panic("stub")
}

func (r ApiGetInvoiceByIdRequest) Execute() (*Invoice, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

func (a *InvoiceApiService) GetInvoiceById(ctx context.Context, invoiceId string) ApiGetInvoiceByIdRequest {
	panic("stub")
}

func (a *InvoiceApiService) GetInvoiceByIdExecute(r ApiGetInvoiceByIdRequest) (*Invoice, *http.Response, *common.XenditSdkError) {
	panic("stub")
}
