// `npm run preview`: build the preview and serve it until stopped.
import { startPreviewServer } from './server';

async function main(): Promise<void> {
  const port = process.env.PREVIEW_PORT ? Number(process.env.PREVIEW_PORT) : 3100;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error('PREVIEW_PORT 不是有效端口：' + process.env.PREVIEW_PORT);
  }
  const server = await startPreviewServer({ port });
  console.log('整改台账预览已启动：' + server.url);
  console.log('在浏览器中打开上面的地址；可加参数 ?asOf=YYYY-MM-DD、?api=1.1、?lang=en-US，?host=wps 看 WPS 加载项。按 Ctrl+C 停止。');
  const stop = (): void => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: Error) => {
  console.error('预览启动失败：' + err.message);
  process.exit(1);
});
