package payout

import "time"

// CreatePayoutRequest as in model_create_payout_request.go (abridged).
type CreatePayoutRequest struct {
	ReferenceId       string                         `json:"reference_id"`
	ChannelCode       string                         `json:"channel_code"`
	ChannelProperties DigitalPayoutChannelProperties `json:"channel_properties"`
	Amount            float32                        `json:"amount"`
	Description       *string                        `json:"description,omitempty"`
	Currency          string                         `json:"currency"`
	Metadata          map[string]interface{}         `json:"metadata,omitempty"`
}

func NewCreatePayoutRequest(referenceId string, channelCode string, channelProperties DigitalPayoutChannelProperties, amount float32, currency string) *CreatePayoutRequest {
	panic("stub")
}

// DigitalPayoutChannelProperties as in
// model_digital_payout_channel_properties.go (abridged).
type DigitalPayoutChannelProperties struct {
	AccountHolderName NullableString `json:"account_holder_name,omitempty"`
	AccountNumber     string         `json:"account_number"`
}

func NewDigitalPayoutChannelProperties(accountNumber string) *DigitalPayoutChannelProperties {
	panic("stub")
}

// GetPayouts200ResponseDataInner is the oneOf wrapper every call answers.
type GetPayouts200ResponseDataInner struct {
	Payout *Payout
}

// Payout as in model_payout.go (abridged).
type Payout struct {
	ReferenceId string    `json:"reference_id"`
	ChannelCode string    `json:"channel_code"`
	Amount      float32   `json:"amount"`
	Currency    string    `json:"currency"`
	Id          string    `json:"id"`
	Created     time.Time `json:"created"`
	Status      string    `json:"status"`
}

// NullableString as in nullable.go.
type NullableString struct {
	value *string
	isSet bool
}

func (v NullableString) Get() *string { panic("stub") }

func NewNullableString(val *string) *NullableString { panic("stub") }
