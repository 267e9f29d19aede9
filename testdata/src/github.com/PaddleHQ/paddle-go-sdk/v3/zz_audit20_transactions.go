package paddle

// Transaction items and custom data (v3.1.0 transactions.go, shared.go;
// the item union trimmed to its catalog member).

// CustomData is your own structured key-value data.
type CustomData map[string]any

// TransactionCheckout holds the Paddle Checkout URL of a transaction.
type TransactionCheckout struct {
	URL *string `json:"url,omitempty"`
}

// TransactionItemFromCatalog adds an existing catalog price.
type TransactionItemFromCatalog struct {
	Quantity int    `json:"quantity,omitempty"`
	PriceID  string `json:"price_id,omitempty"`
}

// CreateTransactionItems is one item of CreateTransactionRequest.
type CreateTransactionItems struct {
	*TransactionItemFromCatalog
}

// NewCreateTransactionItemsTransactionItemFromCatalog wraps a catalog item.
func NewCreateTransactionItemsTransactionItemFromCatalog(r *TransactionItemFromCatalog) *CreateTransactionItems {
	return &CreateTransactionItems{TransactionItemFromCatalog: r}
}
