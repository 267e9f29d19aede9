package stripe

type ChargeStatus string

const (
	ChargeStatusFailed    ChargeStatus = "failed"
	ChargeStatusPending   ChargeStatus = "pending"
	ChargeStatusSucceeded ChargeStatus = "succeeded"
)

type ChargeParams struct {
	Params      `form:"*"`
	Amount      *int64  `form:"amount"`
	Currency    *string `form:"currency"`
	Customer    *string `form:"customer"`
	Description *string `form:"description"`
}

type CaptureParams struct {
	Params `form:"*"`
	Amount *int64 `form:"amount"`
}

type Charge struct {
	APIResource
	Amount        int64             `json:"amount"`
	Captured      bool              `json:"captured"`
	Currency      Currency          `json:"currency"`
	ID            string            `json:"id"`
	Metadata      map[string]string `json:"metadata"`
	Paid          bool              `json:"paid"`
	PaymentIntent *PaymentIntent    `json:"payment_intent"`
	Status        ChargeStatus      `json:"status"`
}

type RefundStatus string

const (
	RefundStatusFailed    RefundStatus = "failed"
	RefundStatusPending   RefundStatus = "pending"
	RefundStatusSucceeded RefundStatus = "succeeded"
)

type RefundParams struct {
	Params        `form:"*"`
	Amount        *int64  `form:"amount"`
	Charge        *string `form:"charge"`
	PaymentIntent *string `form:"payment_intent"`
	Reason        *string `form:"reason"`
}

type Refund struct {
	APIResource
	Amount        int64             `json:"amount"`
	Charge        *Charge           `json:"charge"`
	Currency      Currency          `json:"currency"`
	ID            string            `json:"id"`
	Metadata      map[string]string `json:"metadata"`
	PaymentIntent *PaymentIntent    `json:"payment_intent"`
	Status        RefundStatus      `json:"status"`
}

type PayoutStatus string

const (
	PayoutStatusFailed  PayoutStatus = "failed"
	PayoutStatusPaid    PayoutStatus = "paid"
	PayoutStatusPending PayoutStatus = "pending"
)

type PayoutParams struct {
	Params   `form:"*"`
	Amount   *int64  `form:"amount"`
	Currency *string `form:"currency"`
}

type Payout struct {
	APIResource
	Amount   int64             `json:"amount"`
	Currency Currency          `json:"currency"`
	ID       string            `json:"id"`
	Metadata map[string]string `json:"metadata"`
	Status   PayoutStatus      `json:"status"`
}

type TransferParams struct {
	Params      `form:"*"`
	Amount      *int64  `form:"amount"`
	Currency    *string `form:"currency"`
	Destination *string `form:"destination"`
}

type Transfer struct {
	APIResource
	Amount   int64             `json:"amount"`
	Currency Currency          `json:"currency"`
	ID       string            `json:"id"`
	Metadata map[string]string `json:"metadata"`
}

type InvoiceStatus string

const (
	InvoiceStatusDraft         InvoiceStatus = "draft"
	InvoiceStatusOpen          InvoiceStatus = "open"
	InvoiceStatusPaid          InvoiceStatus = "paid"
	InvoiceStatusUncollectible InvoiceStatus = "uncollectible"
	InvoiceStatusVoid          InvoiceStatus = "void"
)

type InvoiceParams struct {
	Params   `form:"*"`
	Customer *string `form:"customer"`
}

type InvoicePayParams struct {
	Params        `form:"*"`
	PaymentMethod *string `form:"payment_method"`
}

type Invoice struct {
	APIResource
	AmountPaid int64             `json:"amount_paid"`
	Currency   Currency          `json:"currency"`
	ID         string            `json:"id"`
	Metadata   map[string]string `json:"metadata"`
	Status     InvoiceStatus     `json:"status"`
}
