package invoice

// InvoiceCallback is the body of an invoice callback, as in
// model_invoice_callback.go (abridged).
type InvoiceCallback struct {
	Id             string                `json:"id"`
	ExternalId     string                `json:"external_id"`
	UserId         string                `json:"user_id"`
	Status         string                `json:"status"`
	MerchantName   string                `json:"merchant_name"`
	Amount         float64               `json:"amount"`
	PayerEmail     *string               `json:"payer_email,omitempty"`
	PaidAmount     *float64              `json:"paid_amount,omitempty"`
	Currency       string                `json:"currency"`
	PaidAt         *string               `json:"paid_at,omitempty"`
	PaymentMethod  *string               `json:"payment_method,omitempty"`
	PaymentChannel *string               `json:"payment_channel,omitempty"`
	PaymentId      *string               `json:"payment_id,omitempty"`
	Items          []InvoiceCallbackItem `json:"items,omitempty"`
}

// InvoiceCallbackItem as in model_invoice_callback_item.go (abridged).
type InvoiceCallbackItem struct {
	Name     string  `json:"name"`
	Price    float32 `json:"price"`
	Quantity float32 `json:"quantity"`
}
