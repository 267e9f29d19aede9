package daraja

// STKCallback is what Daraja posts to CallBackURL when an STK push ends.
type STKCallback struct {
	Body struct {
		StkCallback struct {
			MerchantRequestID string `json:"MerchantRequestID"`
			CheckoutRequestID string `json:"CheckoutRequestID"`
			ResultCode        int    `json:"ResultCode"`
			ResultDesc        string `json:"ResultDesc"`
			CallbackMetadata  struct {
				Item []struct {
					Name  string `json:"Name"`
					Value any    `json:"Value"`
				} `json:"Item"`
			} `json:"CallbackMetadata"`
		} `json:"stkCallback"`
	} `json:"Body"`
}

// Receipt returns the M-Pesa receipt number and amount of a successful push.
func (cb *STKCallback) Receipt() (string, int64) {
	var receipt string
	var amount int64
	for _, it := range cb.Body.StkCallback.CallbackMetadata.Item {
		switch it.Name {
		case "MpesaReceiptNumber":
			receipt, _ = it.Value.(string)
		case "Amount":
			if f, ok := it.Value.(float64); ok {
				amount = int64(f)
			}
		}
	}
	return receipt, amount
}

// C2BConfirmation is posted to the confirmation URL for paybill payments.
type C2BConfirmation struct {
	TransactionType   string `json:"TransactionType"`
	TransID           string `json:"TransID"`
	TransTime         string `json:"TransTime"`
	TransAmount       string `json:"TransAmount"`
	BusinessShortCode string `json:"BusinessShortCode"`
	BillRefNumber     string `json:"BillRefNumber"`
	MSISDN            string `json:"MSISDN"`
	FirstName         string `json:"FirstName"`
}

// B2CResult is posted to ResultURL when a payout ends.
type B2CResult struct {
	Result struct {
		ResultType               int    `json:"ResultType"`
		ResultCode               int    `json:"ResultCode"`
		ResultDesc               string `json:"ResultDesc"`
		OriginatorConversationID string `json:"OriginatorConversationID"`
		ConversationID           string `json:"ConversationID"`
		TransactionID            string `json:"TransactionID"`
	} `json:"Result"`
}
