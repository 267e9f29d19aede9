// Package square is a stub of github.com/square/square-go-sdk (signatures
// as in v1.5.0; bodies are stubs).
package square

func String(s string) *string { panic("stub") }

func Int64(i int64) *int64 { panic("stub") }

type Currency string

type Money struct {
	Amount   *int64    `json:"amount,omitempty" url:"amount,omitempty"`
	Currency *Currency `json:"currency,omitempty" url:"currency,omitempty"`
}

type Error struct {
	Code string `json:"code" url:"code"`
}

type Payment struct {
	ID          *string `json:"id,omitempty" url:"id,omitempty"`
	AmountMoney *Money  `json:"amount_money,omitempty" url:"amount_money,omitempty"`
	Status      *string `json:"status,omitempty" url:"status,omitempty"`
}

type CreatePaymentRequest struct {
	SourceID       string  `json:"source_id" url:"-"`
	IdempotencyKey string  `json:"idempotency_key" url:"-"`
	AmountMoney    *Money  `json:"amount_money,omitempty" url:"-"`
	OrderID        *string `json:"order_id,omitempty" url:"-"`
}

type CreatePaymentResponse struct {
	Errors  []*Error `json:"errors,omitempty" url:"errors,omitempty"`
	Payment *Payment `json:"payment,omitempty" url:"payment,omitempty"`
}

type GetPaymentsRequest struct {
	PaymentID string `json:"-" url:"-"`
}

type GetPaymentResponse struct {
	Errors  []*Error `json:"errors,omitempty" url:"errors,omitempty"`
	Payment *Payment `json:"payment,omitempty" url:"payment,omitempty"`
}

type RefundPaymentRequest struct {
	IdempotencyKey string  `json:"idempotency_key" url:"-"`
	AmountMoney    *Money  `json:"amount_money,omitempty" url:"-"`
	PaymentID      *string `json:"payment_id,omitempty" url:"-"`
}

type PaymentRefund struct {
	ID     string  `json:"id" url:"id"`
	Status *string `json:"status,omitempty" url:"status,omitempty"`
}

type RefundPaymentResponse struct {
	Errors []*Error       `json:"errors,omitempty" url:"errors,omitempty"`
	Refund *PaymentRefund `json:"refund,omitempty" url:"refund,omitempty"`
}

type OrderState string

type Order struct {
	ID         *string     `json:"id,omitempty" url:"id,omitempty"`
	LocationID string      `json:"location_id" url:"location_id"`
	State      *OrderState `json:"state,omitempty" url:"state,omitempty"`
}

type CreateOrderRequest struct {
	Order          *Order  `json:"order,omitempty" url:"order,omitempty"`
	IdempotencyKey *string `json:"idempotency_key,omitempty" url:"idempotency_key,omitempty"`
}

type CreateOrderResponse struct {
	Order  *Order   `json:"order,omitempty" url:"order,omitempty"`
	Errors []*Error `json:"errors,omitempty" url:"errors,omitempty"`
}

type GetOrdersRequest struct {
	OrderID string `json:"-" url:"-"`
}

type GetOrderResponse struct {
	Order  *Order   `json:"order,omitempty" url:"order,omitempty"`
	Errors []*Error `json:"errors,omitempty" url:"errors,omitempty"`
}

type PayOrderRequest struct {
	OrderID        string   `json:"-" url:"-"`
	IdempotencyKey string   `json:"idempotency_key" url:"-"`
	PaymentIDs     []string `json:"payment_ids,omitempty" url:"-"`
}

type PayOrderResponse struct {
	Errors []*Error `json:"errors,omitempty" url:"errors,omitempty"`
	Order  *Order   `json:"order,omitempty" url:"order,omitempty"`
}

type VerifySignatureRequest struct {
	RequestBody     string
	SignatureHeader string
	SignatureKey    string
	NotificationURL string
}

// TerminalCheckout is a checkout sent to a Square Terminal (fields as in v1.5.0, abridged).
type TerminalCheckout struct {
	ID            *string                `json:"id,omitempty" url:"id,omitempty"`
	AmountMoney   *Money                 `json:"amount_money,omitempty" url:"amount_money,omitempty"`
	ReferenceID   *string                `json:"reference_id,omitempty" url:"reference_id,omitempty"`
	Note          *string                `json:"note,omitempty" url:"note,omitempty"`
	OrderID       *string                `json:"order_id,omitempty" url:"order_id,omitempty"`
	DeviceOptions *DeviceCheckoutOptions `json:"device_options,omitempty" url:"device_options,omitempty"`
	Status        *string                `json:"status,omitempty" url:"status,omitempty"`
	PaymentIDs    []string               `json:"payment_ids,omitempty" url:"payment_ids,omitempty"`
}

type DeviceCheckoutOptions struct {
	DeviceID          string `json:"device_id" url:"device_id"`
	SkipReceiptScreen *bool  `json:"skip_receipt_screen,omitempty" url:"skip_receipt_screen,omitempty"`
	CollectSignature  *bool  `json:"collect_signature,omitempty" url:"collect_signature,omitempty"`
}

type CreateTerminalCheckoutResponse struct {
	Errors   []*Error          `json:"errors,omitempty" url:"errors,omitempty"`
	Checkout *TerminalCheckout `json:"checkout,omitempty" url:"checkout,omitempty"`
}

type GetTerminalCheckoutResponse struct {
	Errors   []*Error          `json:"errors,omitempty" url:"errors,omitempty"`
	Checkout *TerminalCheckout `json:"checkout,omitempty" url:"checkout,omitempty"`
}

type CancelTerminalCheckoutResponse struct {
	Errors   []*Error          `json:"errors,omitempty" url:"errors,omitempty"`
	Checkout *TerminalCheckout `json:"checkout,omitempty" url:"checkout,omitempty"`
}

// DeviceCode pairs a Square Terminal with a location (fields as in v1.5.0, abridged).
type DeviceCode struct {
	ID       *string           `json:"id,omitempty" url:"id,omitempty"`
	Code     *string           `json:"code,omitempty" url:"code,omitempty"`
	DeviceID *string           `json:"device_id,omitempty" url:"device_id,omitempty"`
	Status   *DeviceCodeStatus `json:"status,omitempty" url:"status,omitempty"`
}

type DeviceCodeStatus string

const (
	DeviceCodeStatusUnknown  DeviceCodeStatus = "UNKNOWN"
	DeviceCodeStatusUnpaired DeviceCodeStatus = "UNPAIRED"
	DeviceCodeStatusPaired   DeviceCodeStatus = "PAIRED"
	DeviceCodeStatusExpired  DeviceCodeStatus = "EXPIRED"
)

type GetDeviceCodeResponse struct {
	Errors     []*Error    `json:"errors,omitempty" url:"errors,omitempty"`
	DeviceCode *DeviceCode `json:"device_code,omitempty" url:"device_code,omitempty"`
}
