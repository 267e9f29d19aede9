package enforcement

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/valyala/fasthttp"

	"audit12/parking/domain"
)

// DonePage is where Xendit's hosted page sends the driver after paying a
// fine. It only shows what the fine's record says; the callback marks it
// paid.
func DonePage(fines FineStore) fasthttp.RequestHandler {
	return func(rc *fasthttp.RequestCtx) {
		id := string(rc.QueryArgs().Peek("fine"))
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		f, err := fines.Get(ctx, id)
		if err != nil {
			rc.Error("Denda tidak ditemukan", http.StatusNotFound)
			return
		}
		rc.SetStatusCode(http.StatusOK)
		if f.Status == domain.FinePaid {
			_, _ = rc.WriteString(fmt.Sprintf("Terima kasih. Denda %s untuk %s sudah lunas.", f.ID, f.Plate))
			return
		}
		_, _ = rc.WriteString("Pembayaran Anda sedang diproses. Halaman ini akan diperbarui.")
	}
}
