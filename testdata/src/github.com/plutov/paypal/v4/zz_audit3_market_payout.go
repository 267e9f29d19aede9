package paypal

// Payouts API declarations (plutov/paypal v4.17.0 payout.go and types.go,
// trimmed to the fields the audit3 market corpus uses; bodies are stubs).

import "context"

type (
	AmountPayout struct {
		Currency string `json:"currency"`
		Value    string `json:"value"`
	}

	SenderBatchHeader struct {
		EmailSubject  string `json:"email_subject"`
		EmailMessage  string `json:"email_message"`
		SenderBatchID string `json:"sender_batch_id,omitempty"`
	}

	Payout struct {
		SenderBatchHeader *SenderBatchHeader `json:"sender_batch_header"`
		Items             []PayoutItem       `json:"items"`
	}

	PayoutItem struct {
		RecipientType   string        `json:"recipient_type"`
		RecipientWallet string        `json:"recipient_wallet"`
		Receiver        string        `json:"receiver"`
		Amount          *AmountPayout `json:"amount"`
		Note            string        `json:"note,omitempty"`
		SenderItemID    string        `json:"sender_item_id,omitempty"`
	}

	BatchHeader struct {
		Amount            *AmountPayout      `json:"amount,omitempty"`
		PayoutBatchID     string             `json:"payout_batch_id,omitempty"`
		BatchStatus       string             `json:"batch_status,omitempty"`
		SenderBatchHeader *SenderBatchHeader `json:"sender_batch_header,omitempty"`
	}

	PayoutItemResponse struct {
		PayoutItemID      string      `json:"payout_item_id"`
		TransactionID     string      `json:"transaction_id"`
		TransactionStatus string      `json:"transaction_status"`
		PayoutBatchID     string      `json:"payout_batch_id,omitempty"`
		PayoutItem        *PayoutItem `json:"payout_item"`
	}

	PayoutResponse struct {
		BatchHeader *BatchHeader         `json:"batch_header"`
		Items       []PayoutItemResponse `json:"items"`
	}
)

func (c *Client) CreatePayout(ctx context.Context, p Payout) (*PayoutResponse, error) {
	panic("stub")
}

func (c *Client) GetPayout(ctx context.Context, payoutBatchID string) (*PayoutResponse, error) {
	panic("stub")
}
