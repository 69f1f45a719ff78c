// Calls Hokusai's OpenAI-compatible endpoint with the unmodified npm
// openai client; run by gateway's TestOpenAINodeClient.
import OpenAI from 'openai';

const client = new OpenAI({ baseURL: process.env.HOKUSAI_URL, apiKey: process.env.HOKUSAI_KEY, maxRetries: 0 });
const res = await client.chat.completions.create({
  model: 'CHAT',
  messages: [{ role: 'user', content: 'hello from node' }],
});
console.log(res.choices[0].message.content);
try {
  await client.chat.completions.create({ model: 'CHAT', messages: [{ role: 'user', content: 'again' }] });
  console.log('unexpected success');
} catch (e) {
  console.log(`${e.status} ${e.error?.type} ${e.code}`);
}
