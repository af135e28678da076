#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <jpeglib.h>

/* libjpeg reports fatal errors through error_exit, which must not return: the
   only safe way out is longjmp, which Swift cannot do. The whole decode therefore
   lives in this static inline function, which Swift calls once per image. Corrupt
   data warnings (a truncated file, a bad Huffman code) count as failures too, so a
   truncated upload is refused instead of hashed with grey padding. */

struct ansim_jpeg_error {
    struct jpeg_error_mgr mgr;
    jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
    int warnings;
};

static void ansim_jpeg_error_exit(j_common_ptr info) {
    struct ansim_jpeg_error *err = (struct ansim_jpeg_error *)info->err;
    (*info->err->format_message)(info, err->message);
    longjmp(err->jump, 1);
}

static void ansim_jpeg_emit_message(j_common_ptr info, int level) {
    struct ansim_jpeg_error *err = (struct ansim_jpeg_error *)info->err;
    if (level < 0 && err->warnings++ == 0) {
        (*info->err->format_message)(info, err->message);
    }
}

/// Decodes a JPEG held in memory to 8-bit RGB (3 bytes a pixel, rows top to
/// bottom). Returns 0 and sets *rgb (free with free()), *width and *height, or
/// returns -1 and writes libjpeg's message into message (size >= JMSG_LENGTH_MAX).
static inline int ansim_jpeg_decode_rgb(const unsigned char *data, unsigned long size,
                                        unsigned char **rgb, int *width, int *height,
                                        char *message) {
    struct jpeg_decompress_struct info;
    struct ansim_jpeg_error err;
    unsigned char *volatile pixels = NULL;
    memset(&err, 0, sizeof err);
    info.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = ansim_jpeg_error_exit;
    err.mgr.emit_message = ansim_jpeg_emit_message;
    if (setjmp(err.jump)) {
        jpeg_destroy_decompress(&info);
        free(pixels);
        strcpy(message, err.message);
        return -1;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, size);
    jpeg_read_header(&info, TRUE);
    info.out_color_space = JCS_RGB;
    jpeg_start_decompress(&info);
    size_t stride = (size_t)info.output_width * 3;
    pixels = (unsigned char *)malloc(stride * info.output_height);
    if (pixels == NULL) {
        jpeg_destroy_decompress(&info);
        strcpy(message, "out of memory");
        return -1;
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    if (err.warnings > 0) {
        jpeg_destroy_decompress(&info);
        free(pixels);
        strcpy(message, err.message);
        return -1;
    }
    *width = (int)info.output_width;
    *height = (int)info.output_height;
    *rgb = pixels;
    jpeg_destroy_decompress(&info);
    return 0;
}

/// Encodes 8-bit RGB to a baseline JPEG in memory at the given quality (tests and
/// benchmarks make recompressed variants with it). Returns 0 and sets *out (free
/// with free()) and *outSize, or -1 with libjpeg's message.
static inline int ansim_jpeg_encode_rgb(const unsigned char *rgb, int width, int height,
                                        int quality, unsigned char **out,
                                        unsigned long *outSize, char *message) {
    struct jpeg_compress_struct info;
    struct ansim_jpeg_error err;
    memset(&err, 0, sizeof err);
    *out = NULL;
    *outSize = 0;
    info.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = ansim_jpeg_error_exit;
    if (setjmp(err.jump)) {
        jpeg_destroy_compress(&info);
        free(*out);
        *out = NULL;
        strcpy(message, err.message);
        return -1;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, out, outSize);
    info.image_width = (JDIMENSION)width;
    info.image_height = (JDIMENSION)height;
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = (JSAMPROW)(rgb + (size_t)info.next_scanline * width * 3);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    return 0;
}
