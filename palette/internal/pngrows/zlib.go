// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file of the Go distribution.
//
// The header and checksum handling of this file is the standard library's
// compress/zlib/reader.go (Go 1.26), reading with the inflater of
// github.com/klauspost/compress/flate and checking with adler32Update.

package pngrows

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"io"
	"sync"

	"github.com/klauspost/compress/flate"
)

// zlibReader reads a zlib stream (RFC 1950) without a preset dictionary,
// with the errors of compress/zlib: zlib.ErrHeader, zlib.ErrDictionary,
// zlib.ErrChecksum, io.ErrUnexpectedEOF and the inflater's.
//
// The inflater is klauspost/compress/flate rather than compress/flate: on
// the IDAT streams of the 12 PNG wallpapers of the decode benchmark it
// takes about 15 % less CPU time (a Huffman loop specialised for
// *bufio.Reader input, and table lookups that decode a literal and its
// length together), is pure Go, and is reused from a pool.
type zlibReader struct {
	r       *bufio.Reader
	inflate io.ReadCloser // also a flate.Resetter
	digest  uint32
	scratch [4]byte
	err     error
}

var zlibReaders sync.Pool // of *zlibReader

// newZlibReader reads the zlib header from r. The reader comes from a
// pool: hand it back with release.
func newZlibReader(r io.Reader) (*zlibReader, error) {
	z, _ := zlibReaders.Get().(*zlibReader)
	if z == nil {
		// 4096 bytes, as compress/zlib's bufio.NewReader: it decides how
		// far past the end of the stream the IDAT chunks are read, and so
		// which errors a file with trailing data gets.
		z = &zlibReader{r: bufio.NewReaderSize(r, 4096)}
	} else {
		z.r.Reset(r)
	}
	z.digest, z.err = 1, nil
	if _, err := io.ReadFull(z.r, z.scratch[:2]); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		z.err = err
		return z, err
	}
	const (
		deflate   = 8
		maxWindow = 7
	)
	h := binary.BigEndian.Uint16(z.scratch[:2])
	if z.scratch[0]&0x0f != deflate || z.scratch[0]>>4 > maxWindow || h%31 != 0 {
		z.err = zlib.ErrHeader
		return z, z.err
	}
	if z.scratch[1]&0x20 != 0 {
		// A preset dictionary: compress/zlib, given none, compares the
		// stream's dictionary checksum with that of no bytes.
		if _, err := io.ReadFull(z.r, z.scratch[:4]); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			z.err = err
			return z, err
		}
		if binary.BigEndian.Uint32(z.scratch[:4]) != 1 {
			z.err = zlib.ErrDictionary
			return z, z.err
		}
	}
	if z.inflate == nil {
		z.inflate = flate.NewReader(z.r)
	} else {
		z.inflate.(flate.Resetter).Reset(z.r, nil)
	}
	return z, nil
}

// release hands z back to the pool, forgetting its input.
func (z *zlibReader) release() {
	z.r.Reset(nil)
	if z.inflate != nil {
		z.inflate.(flate.Resetter).Reset(eofReader{}, nil)
	}
	zlibReaders.Put(z)
}

// eofReader is an empty flate.Reader, for the inflater at rest.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
func (eofReader) ReadByte() (byte, error)  { return 0, io.EOF }

func (z *zlibReader) Read(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	var n int
	n, z.err = z.inflate.Read(p)
	z.digest = adler32Update(z.digest, p[:n])
	if z.err != io.EOF {
		return n, z.err
	}
	// Finished file; check checksum.
	if _, err := io.ReadFull(z.r, z.scratch[:4]); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		z.err = err
		return n, z.err
	}
	if binary.BigEndian.Uint32(z.scratch[:4]) != z.digest {
		z.err = zlib.ErrChecksum
		return n, z.err
	}
	return n, io.EOF
}
