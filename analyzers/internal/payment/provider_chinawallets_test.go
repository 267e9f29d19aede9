package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestProviderChinaWallets: the calls of smartwalle/alipay/v3 and
// wechatpay-go the model knows (provider_alipay.go,
// provider_wechatpay.go): their kinds, the trade each names and the
// merchant number that keys a write.
func TestProviderChinaWallets(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/providers/alipay", "model/providers/wechatpay")
}
