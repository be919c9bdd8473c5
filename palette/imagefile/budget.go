package imagefile

import (
	"context"
	"fmt"
	"sync"
)

// Budget admits work against a total of memory shared by goroutines, so that
// parallel decodes together stay within it: each asks for its Header.Memory
// (plus what its caller adds) before decoding and gives it back when done
// with the image. Requests are served in order, so a large one is not
// starved by small ones. The zero value admits nothing; use NewBudget. A
// Budget is safe for concurrent use.
type Budget struct {
	mu      sync.Mutex
	total   int64
	used    int64
	waiters []*waiter
}

type waiter struct {
	n     int64
	ready chan struct{}
}

// NewBudget returns a budget of total bytes.
func NewBudget(total int64) *Budget { return &Budget{total: total} }

// Total returns the size of the budget in bytes.
func (b *Budget) Total() int64 { return b.total }

// Acquire waits until n bytes are free and takes them, or returns ctx's
// error. A request larger than the whole budget is an error at once, wrapping
// ErrTooLarge.
func (b *Budget) Acquire(ctx context.Context, n int64) error {
	if n > b.total {
		return fmt.Errorf("imagefile: needs about %s, over the memory budget of %s: %w", Bytes(n), Bytes(b.total), ErrTooLarge)
	}
	b.mu.Lock()
	if len(b.waiters) == 0 && b.used+n <= b.total {
		b.used += n
		b.mu.Unlock()
		return nil
	}
	w := &waiter{n: n, ready: make(chan struct{})}
	b.waiters = append(b.waiters, w)
	b.mu.Unlock()
	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
		b.mu.Lock()
		defer b.mu.Unlock()
		select {
		case <-w.ready:
			// Granted meanwhile: give it back.
			b.used -= n
			b.wake()
		default:
			for i, x := range b.waiters {
				if x == w {
					b.waiters = append(b.waiters[:i], b.waiters[i+1:]...)
					break
				}
			}
			b.wake()
		}
		return ctx.Err()
	}
}

// Release gives back n bytes taken by Acquire.
func (b *Budget) Release(n int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.used -= n
	if b.used < 0 {
		panic("imagefile: Budget.Release of more than was acquired")
	}
	b.wake()
}

// wake grants waiting requests in order while they fit.
func (b *Budget) wake() {
	for len(b.waiters) > 0 {
		w := b.waiters[0]
		if b.used+w.n > b.total {
			return
		}
		b.used += w.n
		b.waiters = b.waiters[1:]
		close(w.ready)
	}
}

// InUse returns the bytes currently taken.
func (b *Budget) InUse() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used
}
