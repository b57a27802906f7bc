/** PUTs a file to its presigned URL with XMLHttpRequest, the one browser API that reports upload progress. */
export function uploadWithProgress(url: string, headers: Record<string, string>, file: Blob, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => (request.status >= 200 && request.status < 300 ? resolve() : reject(new Error(`The upload was refused (${request.status}).`)));
    request.onerror = () => reject(new Error('The upload failed; check the connection and try again.'));
    request.send(file);
  });
}
